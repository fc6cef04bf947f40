package dev.etagfilter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.EntityTag;
import dev.etagfilter.VersionTags;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the entity tag of a representation: from the entity's version, or from a SHA-256 of the
 * bytes that will be sent. For the hash, the entity is serialized exactly once, with the
 * application's own {@link ObjectMapper}, and those bytes replace the entity, so the client gets
 * precisely what was hashed and nothing is serialized twice.
 */
final class RepresentationTagger {

  /** 128 bits of SHA-256 in unpadded base64url: 22 characters, all valid in an entity tag. */
  private static final int HASH_BYTES = 16;

  private static final BaseEncoding BASE64URL = BaseEncoding.base64Url().omitPadding();

  private static final ObjectMapper PLAIN_MAPPER = new ObjectMapper();

  private static final ClassValue<ETagKind> KIND_OF_TYPE =
      new ClassValue<>() {
        @Override
        protected ETagKind computeValue(Class<?> type) {
          ETagSource source = type.getAnnotation(ETagSource.class);
          if (source != null && source.value() != ETagKind.AUTO) {
            return source.value();
          }
          return VersionExtractor.declaresVersion(type) ? ETagKind.VERSION : ETagKind.JSON_HASH;
        }
      };

  private final FeatureOptions options;

  /** Writers by generic type and mapper; the mapper caches serializers, this saves the lookup. */
  private final Map<WriterKey, ObjectWriter> writers = new ConcurrentHashMap<>();

  private record WriterKey(ObjectMapper mapper, Type type) {}

  RepresentationTagger(FeatureOptions options) {
    this.options = options;
  }

  /**
   * Tags {@code entity}, to be sent as {@code mediaType} (may be null when not yet known).
   *
   * @param kind the method's kind; {@link ETagKind#AUTO} defers to the entity type
   * @param providers the application's providers, for its {@code ContextResolver<ObjectMapper>}
   */
  TaggedEntity tag(Object entity, Type genericType, MediaType mediaType, ETagKind kind, Providers providers) {
    if (entity == null || kind == ETagKind.NONE) {
      return TaggedEntity.UNTAGGED;
    }
    return switch (effectiveKind(entity, kind)) {
      case VERSION -> byVersion(entity);
      case JSON_HASH -> byHash(entity, genericType, mediaType, providers);
      default -> TaggedEntity.UNTAGGED;
    };
  }

  /** The kind that applies to {@code entity}: {@code kind}, unless AUTO defers to the entity's type. */
  ETagKind effectiveKind(Object entity, ETagKind kind) {
    return kind == ETagKind.AUTO && entity != null ? KIND_OF_TYPE.get(entity.getClass()) : kind;
  }

  /** The version tag of {@code entity}; untagged when it has no version. */
  static TaggedEntity byVersion(Object entity) {
    Object version = VersionExtractor.versionOf(entity);
    return version == null ? TaggedEntity.UNTAGGED : new TaggedEntity(VersionTags.of(version), null);
  }

  private TaggedEntity byHash(Object entity, Type genericType, MediaType mediaType, Providers providers) {
    byte[] body;
    if (entity instanceof byte[] bytes) {
      body = bytes;
    } else if (entity instanceof String text) {
      body = text.getBytes(charsetOf(mediaType));
    } else if (isJson(mediaType)) {
      body = serialize(entity, genericType, mediaType, providers);
    } else {
      // Streams, files and non-JSON media types: hashing would need a second serializer.
      return TaggedEntity.UNTAGGED;
    }
    if (body.length > options.maxHashedBytes()) {
      return new TaggedEntity(null, body);
    }
    byte[] digest = Hashing.sha256().hashBytes(body).asBytes();
    return new TaggedEntity(EntityTag.strong(BASE64URL.encode(digest, 0, HASH_BYTES)), body);
  }

  private byte[] serialize(Object entity, Type genericType, MediaType mediaType, Providers providers) {
    ObjectMapper mapper = mapperFor(entity.getClass(), mediaType, providers);
    Type type = genericType != null ? genericType : entity.getClass();
    ObjectWriter writer =
        writers.computeIfAbsent(
            new WriterKey(mapper, type), key -> key.mapper().writerFor(key.mapper().constructType(key.type())));
    try {
      return writer.writeValueAsBytes(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not serialize " + entity.getClass().getName() + " to JSON", e);
    }
  }

  private ObjectMapper mapperFor(Class<?> type, MediaType mediaType, Providers providers) {
    if (options.objectMapper() != null) {
      return options.objectMapper();
    }
    if (providers != null) {
      ContextResolver<ObjectMapper> resolver =
          providers.getContextResolver(ObjectMapper.class, mediaType != null ? mediaType : MediaType.APPLICATION_JSON_TYPE);
      if (resolver != null) {
        ObjectMapper mapper = resolver.getContext(type);
        if (mapper != null) {
          return mapper;
        }
      }
    }
    return PLAIN_MAPPER;
  }

  /** JSON or a {@code +json} type (RFC 6839); an unknown type counts as JSON, the usual default. */
  static boolean isJson(MediaType mediaType) {
    if (mediaType == null || mediaType.isWildcardType()) {
      return true;
    }
    String subtype = mediaType.getSubtype();
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  private static Charset charsetOf(MediaType mediaType) {
    String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
