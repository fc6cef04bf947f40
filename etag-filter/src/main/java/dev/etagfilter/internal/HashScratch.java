package dev.etagfilter.internal;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Per-thread scratch space for the JSON-hash entity tag: a growable buffer the entity is serialized
 * into and a SHA-256 digest, both reused from request to request. The only per-request allocations
 * left are the body (copied out once, at its exact length) and the 32-byte digest.
 *
 * <p>A buffer that grew past {@link #RETAINED_BYTES} for a large body is dropped after use, so a
 * thread never keeps more than that between requests.
 */
final class HashScratch extends OutputStream {

  private static final int INITIAL_BYTES = 4 * 1024;
  private static final int RETAINED_BYTES = 256 * 1024;

  private static final ThreadLocal<HashScratch> CURRENT = ThreadLocal.withInitial(HashScratch::new);

  private final MessageDigest sha256;
  private byte[] buffer = new byte[INITIAL_BYTES];
  private int size;

  private HashScratch() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must implement SHA-256 (java.security.MessageDigest).
      throw new IllegalStateException(e);
    }
  }

  /** This thread's scratch, emptied. */
  static HashScratch empty() {
    HashScratch scratch = CURRENT.get();
    scratch.size = 0;
    return scratch;
  }

  @Override
  public void write(int b) {
    ensureCapacity(size + 1);
    buffer[size++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    ensureCapacity(size + length);
    System.arraycopy(bytes, offset, buffer, size, length);
    size += length;
  }

  /** The number of bytes written since {@link #empty()}. */
  int size() {
    return size;
  }

  /** The SHA-256 of the bytes written. */
  byte[] sha256() {
    sha256.update(buffer, 0, size);
    return sha256.digest();
  }

  /** The SHA-256 of {@code bytes}. */
  byte[] sha256(byte[] bytes) {
    return sha256.digest(bytes);
  }

  /** A copy of the bytes written, exactly as long; then lets go of an oversized buffer. */
  byte[] copy() {
    byte[] copy = Arrays.copyOf(buffer, size);
    if (buffer.length > RETAINED_BYTES) {
      buffer = new byte[INITIAL_BYTES];
    }
    size = 0;
    return copy;
  }

  private void ensureCapacity(int needed) {
    if (needed > buffer.length) {
      if (needed < 0) {
        throw new OutOfMemoryError("serialized entity exceeds 2 GiB");
      }
      buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }
  }
}
