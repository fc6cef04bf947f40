package dev.etagfilter;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread scratch space for the JSON-hash entity tag: a chunked buffer the entity is serialized
 * into and a SHA-256 digest, both reused from request to request. The bytes are hashed in place and
 * copied out once, at their exact length, as the body; so for a body that fits the retained chunks
 * the only per-request allocations are the body itself and the 32-byte digest.
 *
 * <p>Chunks double from 4 KiB to 128 KiB and are kept (252 KiB per thread at most); a larger body
 * continues in 256 KiB chunks that are dropped after use. Chunks are never copied to grow, so a
 * large body costs about twice its size rather than the copies of a doubling array.
 */
final class HashScratch extends OutputStream {

  private static final int FIRST_CHUNK = 4 * 1024;
  private static final int LARGEST_RETAINED_CHUNK = 128 * 1024;
  private static final int OVERFLOW_CHUNK = 256 * 1024;

  private static final ThreadLocal<HashScratch> CURRENT = ThreadLocal.withInitial(HashScratch::new);

  private final MessageDigest sha256;
  private final List<byte[]> chunks = new ArrayList<>();
  private int retainedChunks;
  private byte[] current;
  private int chunkIndex;
  private int position;
  private int size;

  private HashScratch() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must implement SHA-256 (java.security.MessageDigest).
      throw new IllegalStateException(e);
    }
    current = new byte[FIRST_CHUNK];
    chunks.add(current);
    retainedChunks = 1;
  }

  /** This thread's scratch, emptied. */
  static HashScratch empty() {
    HashScratch scratch = CURRENT.get();
    scratch.reset();
    return scratch;
  }

  @Override
  public void write(int b) {
    if (position == current.length) {
      nextChunk();
    }
    current[position++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    while (length > 0) {
      if (position == current.length) {
        nextChunk();
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(bytes, offset, current, position, n);
      position += n;
      offset += n;
      length -= n;
      size += n;
    }
  }

  /** The number of bytes written since {@link #empty()}. */
  int size() {
    return size;
  }

  /** The SHA-256 of the bytes written. */
  byte[] sha256() {
    for (int i = 0; i < chunkIndex; i++) {
      sha256.update(chunks.get(i));
    }
    sha256.update(current, 0, position);
    return sha256.digest();
  }

  /** The SHA-256 of {@code bytes}. */
  byte[] sha256(byte[] bytes) {
    return sha256.digest(bytes);
  }

  /** A copy of the bytes written, exactly as long; then empties the scratch. */
  byte[] copy() {
    byte[] copy = new byte[size];
    int at = 0;
    for (int i = 0; i < chunkIndex; i++) {
      byte[] chunk = chunks.get(i);
      System.arraycopy(chunk, 0, copy, at, chunk.length);
      at += chunk.length;
    }
    System.arraycopy(current, 0, copy, at, position);
    reset();
    return copy;
  }

  private void nextChunk() {
    chunkIndex++;
    if (chunkIndex == chunks.size()) {
      boolean retained = chunkIndex == retainedChunks && current.length < LARGEST_RETAINED_CHUNK;
      chunks.add(new byte[retained ? current.length * 2 : OVERFLOW_CHUNK]);
      if (retained) {
        retainedChunks++;
      }
    }
    current = chunks.get(chunkIndex);
    position = 0;
  }

  private void reset() {
    while (chunks.size() > retainedChunks) {
      chunks.remove(chunks.size() - 1);
    }
    chunkIndex = 0;
    current = chunks.get(0);
    position = 0;
    size = 0;
  }
}
