package dev.etagfilter.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import dev.etagfilter.ConflictStatistics;
import dev.etagfilter.ETagKind;
import dev.etagfilter.EntityTag;
import dev.etagfilter.HeaderLimits;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON-hash tag: the bytes sent are the bytes hashed, whatever the size and the order of calls. */
class RepresentationTaggerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static RepresentationTagger tagger(int maxHashedBytes) {
    return new RepresentationTagger(new FeatureOptions(Set.of("PUT"), ETagKind.AUTO, MAPPER, maxHashedBytes,
        HeaderLimits.DEFAULT, new ConflictStatistics(), List.of(), false, true, Map.of()));
  }

  private static EntityTag expectedTag(byte[] body) {
    byte[] sha256 = Hashing.sha256().hashBytes(body).asBytes();
    return EntityTag.strong(BaseEncoding.base64Url().omitPadding().encode(sha256, 0, 16));
  }

  private static void assertTaggedAsSent(Object entity, TaggedEntity tagged) throws Exception {
    byte[] json = MAPPER.writeValueAsBytes(entity);
    assertArrayEquals(json, tagged.body());
    assertEquals(expectedTag(json), tagged.tag());
  }

  /** Small, then larger than the reused buffer keeps, then small again: each is hashed exactly as sent. */
  @Test
  void bodyAndTagMatchAcrossSizesOnOneThread() throws Exception {
    RepresentationTagger tagger = tagger(16 * 1024 * 1024);
    Map<String, String> small = Map.of("name", "lamp");
    Map<String, String> large = Map.of("notes", "x".repeat(600_000));

    for (Object entity : List.of(small, large, small, large)) {
      assertTaggedAsSent(entity,
          tagger.tag(entity, entity.getClass(), MediaType.APPLICATION_JSON_TYPE, ETagKind.JSON_HASH, null));
    }
  }

  /** A body over the limit is still sent, serialized once, but gets no tag. */
  @Test
  void bodyOverTheLimitIsSentUntagged() throws Exception {
    Map<String, String> entity = Map.of("notes", "x".repeat(2_000));

    TaggedEntity tagged =
        tagger(1_000).tag(entity, entity.getClass(), MediaType.APPLICATION_JSON_TYPE, ETagKind.JSON_HASH, null);

    assertArrayEquals(MAPPER.writeValueAsBytes(entity), tagged.body());
    assertNull(tagged.tag());
  }

  /** Bytes the resource already made are hashed as they are. */
  @Test
  void byteArrayIsHashedAsItIs() {
    byte[] body = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    TaggedEntity tagged =
        tagger(1024).tag(body, byte[].class, MediaType.APPLICATION_JSON_TYPE, ETagKind.JSON_HASH, null);

    assertEquals(expectedTag(body), tagged.tag());
    assertArrayEquals(body, tagged.body());
  }

  /**
   * RFC 9110 15.4.5: a 304 sends no content, so a body the caller will not send is hashed but never
   * copied out; and the next response on the thread is still tagged exactly as sent.
   */
  @Test
  void bodyThatIsNotSentIsHashedButNeverCopiedOut() throws Exception {
    RepresentationTagger tagger = tagger(1024 * 1024);
    Map<String, String> entity = Map.of("name", "lamp");
    List<EntityTag> asked = new java.util.ArrayList<>();

    TaggedEntity notSent = tagger.tag(entity, entity.getClass(), MediaType.APPLICATION_JSON_TYPE,
        ETagKind.JSON_HASH, null, tag -> asked.add(tag) && false);

    assertEquals(expectedTag(MAPPER.writeValueAsBytes(entity)), notSent.tag());
    assertEquals(List.of(notSent.tag()), asked);
    assertNull(notSent.body());
    assertTaggedAsSent(entity,
        tagger.tag(entity, entity.getClass(), MediaType.APPLICATION_JSON_TYPE, ETagKind.JSON_HASH, null));
  }
}
