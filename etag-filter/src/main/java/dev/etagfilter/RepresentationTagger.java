package dev.etagfilter;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Predicate;

/**
 * Makes the entity tag of a representation: from the entity's version, or from a SHA-256 of exactly
 * the bytes the application's own {@link MessageBodyWriter} produces for that entity, media type and
 * annotations. For the hash, the entity is written once, into a reused per-thread buffer; those bytes
 * are then what is sent, so adding the feature never changes a response body and nothing is
 * serialized twice.
 */
final class RepresentationTagger {

  /** 128 bits of SHA-256 in unpadded base64url: 22 characters, all valid in an entity tag. */
  private static final int HASH_BYTES = 16;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  /** For a response whose body is sent whatever its tag. */
  static final Predicate<EntityTag> BODY_ALWAYS_SENT = tag -> true;

  private static final ClassValue<ETagKind> KIND_OF_TYPE =
      new ClassValue<>() {
        @Override
        protected ETagKind computeValue(Class<?> type) {
          ETagSource source = type.getAnnotation(ETagSource.class);
          if (source != null && source.value() != ETagKind.AUTO) {
            return source.value();
          }
          return VersionExtractor.declaresVersion(type) ? ETagKind.VERSION : ETagKind.HASH;
        }
      };

  private final int maxHashedBytes;

  RepresentationTagger(int maxHashedBytes) {
    this.maxHashedBytes = maxHashedBytes;
  }

  /** The kind that applies to {@code entity}: {@code kind}, unless AUTO defers to the entity's type. */
  static ETagKind effectiveKind(Object entity, ETagKind kind) {
    return kind == ETagKind.AUTO && entity != null ? KIND_OF_TYPE.get(entity.getClass()) : kind;
  }

  /** The version tag of {@code entity}, or null when it has no version. */
  static EntityTag byVersion(Object entity) {
    Object version = VersionExtractor.versionOf(entity);
    return version == null ? null : VersionTags.of(version);
  }

  /**
   * Tags an entity by the hash of the bytes its writer produces.
   *
   * @param representation the entity and how the runtime is about to write it
   * @param bodySent once the tag is known, whether its bytes are sent (false for a 304), so a body
   *     that is not sent is never copied out of the scratch buffer
   * @return the tag (null when none can be made: no writer, a stream, too large) and, when the entity
   *     was written here, the bytes to send in its place (null when not sent)
   */
  TaggedEntity byHash(Representation representation, Providers providers, Predicate<EntityTag> bodySent)
      throws IOException {
    Object entity = representation.entity();
    if (entity instanceof byte[] bytes) {
      // Written verbatim by every runtime's byte[] writer (Jakarta REST 3.1 section 4.2.4).
      return bytes.length > maxHashedBytes
          ? TaggedEntity.UNTAGGED
          : new TaggedEntity(tagOf(HashScratch.empty().sha256(bytes)), null);
    }
    if (isStream(entity) || representation.mediaType() == null || providers == null) {
      // A stream would be consumed by hashing; without a media type the runtime has yet to choose.
      return TaggedEntity.UNTAGGED;
    }
    HashScratch scratch = HashScratch.empty();
    if (!write(representation, providers, scratch)) {
      return TaggedEntity.UNTAGGED;
    }
    if (scratch.size() > maxHashedBytes) {
      return new TaggedEntity(null, scratch.copy());
    }
    EntityTag tag = tagOf(scratch.sha256());
    return new TaggedEntity(tag, bodySent.test(tag) ? scratch.copy() : null);
  }

  /**
   * The bytes the application's writer makes of the representation, or null when there is no
   * writer for it (or it is a stream, or has no media type yet).
   */
  static byte[] bytesOf(Representation representation, Providers providers) throws IOException {
    Object entity = representation.entity();
    if (entity instanceof byte[] bytes) {
      return bytes;
    }
    if (isStream(entity) || representation.mediaType() == null || providers == null) {
      return null;
    }
    HashScratch scratch = HashScratch.empty();
    return write(representation, providers, scratch) ? scratch.copy() : null;
  }

  /** Writes the entity with the application's own writer into {@code out}; false when it has none. */
  private static boolean write(Representation representation, Providers providers, HashScratch out)
      throws IOException {
    MessageBodyWriter<Object> writer = writerFor(representation, providers);
    if (writer == null) {
      return false;
    }
    Object entity = representation.entity();
    writer.writeTo(entity, entity.getClass(), representation.genericType(), representation.annotations(),
        representation.mediaType(), representation.headers(), out);
    return true;
  }

  @SuppressWarnings("unchecked")
  private static MessageBodyWriter<Object> writerFor(Representation representation, Providers providers) {
    Object entity = representation.entity();
    return (MessageBodyWriter<Object>) providers.getMessageBodyWriter(
        entity.getClass(), representation.genericType(), representation.annotations(), representation.mediaType());
  }

  private static boolean isStream(Object entity) {
    return entity instanceof InputStream || entity instanceof StreamingOutput || entity instanceof Reader
        || entity instanceof File || entity instanceof Path;
  }

  private static EntityTag tagOf(byte[] sha256) {
    return EntityTag.strong(BASE64URL.encodeToString(Arrays.copyOf(sha256, HASH_BYTES)));
  }

  /**
   * An entity as the runtime is about to write it.
   *
   * @param entity the object to write
   * @param genericType its declared type, or its class
   * @param annotations the resource method's annotations the runtime passes to the writer
   * @param mediaType the negotiated media type, or null when not yet chosen
   * @param headers the response headers the writer may add to
   */
  record Representation(
      Object entity, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers) {}
}
