package dev.etagfilter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash tag: the bytes sent are the bytes the application's writer made and the bytes hashed. */
class RepresentationTaggerTest {

  /** An entity only {@link NoteWriter} can write. */
  record Note(String text) {}

  /** The application's writer: a format of its own, so the test sees its bytes, not the library's. */
  static final class NoteWriter implements MessageBodyWriter<Note> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Note.class;
    }

    @Override
    public void writeTo(Note note, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
        MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
      headers.putSingle("X-Written-By", "NoteWriter");
      out.write(("note:" + note.text()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The lookup a runtime answers from its registered providers; only the writer lookup is used. */
  static final class NoteProviders implements Providers {
    @Override
    @SuppressWarnings("unchecked")
    public <T> MessageBodyWriter<T> getMessageBodyWriter(
        Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Note.class ? (MessageBodyWriter<T>) new NoteWriter() : null;
    }

    @Override
    public <T> MessageBodyReader<T> getMessageBodyReader(
        Class<T> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return null;
    }

    @Override
    public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
      return null;
    }

    @Override
    public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
      return null;
    }
  }

  private static final MediaType NOTE_TYPE = new MediaType("text", "x-note");

  private static EntityTag expectedTag(byte[] body) {
    byte[] sha256 = Hashing.sha256().hashBytes(body).asBytes();
    return EntityTag.strong(BaseEncoding.base64Url().omitPadding().encode(sha256, 0, 16));
  }

  private static byte[] written(Note note) {
    return ("note:" + note.text()).getBytes(StandardCharsets.UTF_8);
  }

  private static TaggedEntity tag(RepresentationTagger tagger, Object entity, MultivaluedMap<String, Object> headers,
      java.util.function.Predicate<EntityTag> bodySent) throws Exception {
    var representation = new RepresentationTagger.Representation(
        entity, entity.getClass(), new Annotation[0], NOTE_TYPE, headers);
    return tagger.byHash(representation, new NoteProviders(), bodySent);
  }

  private static TaggedEntity tag(RepresentationTagger tagger, Object entity) throws Exception {
    return tag(tagger, entity, new MultivaluedHashMap<>(), RepresentationTagger.BODY_ALWAYS_SENT);
  }

  /** Small, then larger than the reused buffer keeps, then small again: each is hashed exactly as written. */
  @Test
  void bodyAndTagAreTheWritersBytesAcrossSizesOnOneThread() throws Exception {
    RepresentationTagger tagger = new RepresentationTagger(16 * 1024 * 1024);
    Note small = new Note("lamp");
    Note large = new Note("x".repeat(600_000));

    for (Note note : List.of(small, large, small, large)) {
      TaggedEntity tagged = tag(tagger, note);
      assertArrayEquals(written(note), tagged.body());
      assertEquals(expectedTag(written(note)), tagged.tag());
    }
  }

  /** Headers the application's writer sets are kept: the writer ran for the real response. */
  @Test
  void headersTheWriterSetsAreKept() throws Exception {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    tag(new RepresentationTagger(1024), new Note("lamp"), headers, RepresentationTagger.BODY_ALWAYS_SENT);
    assertEquals("NoteWriter", headers.getFirst("X-Written-By"));
  }

  /** A body over the limit is still sent, written once, but gets no tag. */
  @Test
  void bodyOverTheLimitIsSentUntagged() throws Exception {
    Note note = new Note("x".repeat(2_000));
    TaggedEntity tagged = tag(new RepresentationTagger(1_000), note);
    assertArrayEquals(written(note), tagged.body());
    assertNull(tagged.tag());
  }

  /** Bytes the resource already made are hashed as they are and left in place. */
  @Test
  void byteArrayIsHashedAsItIs() throws Exception {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    TaggedEntity tagged = tag(new RepresentationTagger(1024), body);
    assertEquals(expectedTag(body), tagged.tag());
    assertNull(tagged.body());
  }

  /** An entity no writer can write is left for the runtime to answer, untagged. */
  @Test
  void entityWithoutWriterIsUntagged() throws Exception {
    TaggedEntity tagged = tag(new RepresentationTagger(1024), List.of("no writer"));
    assertNull(tagged.tag());
    assertNull(tagged.body());
  }

  /**
   * RFC 9110 15.4.5: a 304 sends no content, so a body the caller will not send is hashed but never
   * copied out; and the next response on the thread is still tagged exactly as sent.
   */
  @Test
  void bodyThatIsNotSentIsHashedButNeverCopiedOut() throws Exception {
    RepresentationTagger tagger = new RepresentationTagger(1024 * 1024);
    Note note = new Note("lamp");
    List<EntityTag> asked = new ArrayList<>();

    TaggedEntity notSent = tag(tagger, note, new MultivaluedHashMap<>(), tag -> asked.add(tag) && false);

    assertEquals(expectedTag(written(note)), notSent.tag());
    assertEquals(List.of(notSent.tag()), asked);
    assertNull(notSent.body());
    assertArrayEquals(written(note), tag(tagger, note).body());
  }
}
