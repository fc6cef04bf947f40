package dev.etagfilter.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.etagfilter.ETagKind;
import dev.etagfilter.ETagSource;
import dev.etagfilter.EntityTag;
import dev.etagfilter.VersionTags;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Makes the entity tag of a representation: from the entity's version, or from a SHA-256 of the
 * bytes that will be sent. For the hash, the entity is serialized exactly once, with the
 * application's own {@link ObjectMapper}, and those bytes replace the entity, so the client gets
 * precisely what was hashed and nothing is serialized twice.
 */
final class RepresentationTagger {

  /** 128 bits of SHA-256 in unpadded base64url: 22 characters, all valid in an entity tag. */
  private static final int HASH_BYTES = 16;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private static final ObjectMapper PLAIN_MAPPER = new ObjectMapper();

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
          return VersionExtractor.declaresVersion(type) ? ETagKind.VERSION : ETagKind.JSON_HASH;
        }
      };

  private final FeatureOptions options;

  /** Writers by mapper and generic type; the mapper caches serializers, this saves the lookup. */
  private final Map<ObjectMapper, Map<Type, ObjectWriter>> writers = new ConcurrentHashMap<>();

  private volatile ResolverEntry lastResolver;

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
    return tag(entity, genericType, mediaType, kind, providers, BODY_ALWAYS_SENT);
  }

  /**
   * {@link #tag(Object, Type, MediaType, ETagKind, Providers)} for a response whose body may not be
   * sent: once the tag of a serialized entity is known, {@code bodySent} says whether its bytes are
   * wanted (false for a 304), so a body that is not sent is never copied out of the scratch buffer.
   * When it answers false, the result carries no body.
   */
  TaggedEntity tag(
      Object entity, Type genericType, MediaType mediaType, ETagKind kind, Providers providers,
      Predicate<EntityTag> bodySent) {
    if (entity == null || kind == ETagKind.NONE) {
      return TaggedEntity.UNTAGGED;
    }
    return switch (effectiveKind(entity, kind)) {
      case VERSION -> byVersion(entity);
      case JSON_HASH -> byHash(entity, genericType, mediaType, providers, bodySent);
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

  private TaggedEntity byHash(
      Object entity, Type genericType, MediaType mediaType, Providers providers, Predicate<EntityTag> bodySent) {
    if (entity instanceof byte[] bytes) {
      return tagged(bytes);
    }
    if (entity instanceof String text) {
      return tagged(text.getBytes(charsetOf(mediaType)));
    }
    if (!isJson(mediaType)) {
      // Streams, files and non-JSON media types: hashing would need a second serializer.
      return TaggedEntity.UNTAGGED;
    }
    // Serialized once, into this thread's reused buffer; hashed there; copied out once as the body.
    HashScratch scratch = HashScratch.empty();
    serialize(entity, genericType, mediaType, providers, scratch);
    if (scratch.size() > options.maxHashedBytes()) {
      return new TaggedEntity(null, scratch.copy());
    }
    EntityTag tag = tagOf(scratch.sha256());
    return new TaggedEntity(tag, bodySent.test(tag) ? scratch.copy() : null);
  }

  /** {@code body} as it is, with the tag of its hash when it is within the limit. */
  private TaggedEntity tagged(byte[] body) {
    if (body.length > options.maxHashedBytes()) {
      return new TaggedEntity(null, body);
    }
    return new TaggedEntity(tagOf(HashScratch.empty().sha256(body)), body);
  }

  private static EntityTag tagOf(byte[] sha256) {
    return EntityTag.strong(BASE64URL.encodeToString(Arrays.copyOf(sha256, HASH_BYTES)));
  }

  private void serialize(
      Object entity, Type genericType, MediaType mediaType, Providers providers, OutputStream out) {
    ObjectMapper mapper = mapperFor(entity.getClass(), mediaType, providers);
    Type type = genericType != null ? genericType : entity.getClass();
    ObjectWriter writer = writerFor(mapper, type);
    try {
      writer.writeValue(out, entity);
    } catch (IOException e) {
      throw new IllegalStateException("could not serialize " + entity.getClass().getName() + " to JSON", e);
    }
  }

  /** The cached writer; a plain get first, since a capturing lambda would be allocated on every call. */
  private ObjectWriter writerFor(ObjectMapper mapper, Type type) {
    Map<Type, ObjectWriter> byType = writers.get(mapper);
    ObjectWriter writer = byType == null ? null : byType.get(type);
    if (writer != null) {
      return writer;
    }
    return writers
        .computeIfAbsent(mapper, m -> new ConcurrentHashMap<>())
        .computeIfAbsent(type, t -> mapper.writerFor(mapper.constructType(t)));
  }

  private ObjectMapper mapperFor(Class<?> type, MediaType mediaType, Providers providers) {
    if (options.objectMapper() != null) {
      return options.objectMapper();
    }
    if (providers != null) {
      ContextResolver<ObjectMapper> resolver = resolverFor(mediaType != null ? mediaType : MediaType.APPLICATION_JSON_TYPE, providers);
      if (resolver != null) {
        ObjectMapper mapper = resolver.getContext(type);
        if (mapper != null) {
          return mapper;
        }
      }
    }
    return PLAIN_MAPPER;
  }

  /**
   * The application's {@code ContextResolver<ObjectMapper>} for {@code mediaType}, looked up once per
   * type and subtype (a lookup in the providers allocates on every call): resolvers are chosen by
   * their {@code @Produces} types, so parameters such as {@code charset} do not change the answer.
   */
  private ContextResolver<ObjectMapper> resolverFor(MediaType mediaType, Providers providers) {
    ResolverEntry last = lastResolver;
    if (last != null && last.matches(mediaType)) {
      return last.resolver();
    }
    ContextResolver<ObjectMapper> resolver = providers.getContextResolver(ObjectMapper.class, mediaType);
    lastResolver = new ResolverEntry(mediaType.getType(), mediaType.getSubtype(), resolver);
    return resolver;
  }

  /** The resolver last found for a media type's type and subtype (the resolver may be null). */
  private record ResolverEntry(String type, String subtype, ContextResolver<ObjectMapper> resolver) {
    boolean matches(MediaType mediaType) {
      return type.equalsIgnoreCase(mediaType.getType()) && subtype.equalsIgnoreCase(mediaType.getSubtype());
    }
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
