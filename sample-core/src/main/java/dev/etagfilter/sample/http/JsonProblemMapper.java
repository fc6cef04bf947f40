package dev.etagfilter.sample.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * 400 for any Jackson parse or mapping failure that reaches Jersey (the item bodies are read by
 * {@link JsonObjectBodyReader}, which answers its own; this catches the rest), instead of Jersey's
 * default text answer.
 */
public final class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException exception) {
    // A parse error says where the JSON breaks; a mapping error would only name Java classes.
    String detail = exception instanceof StreamReadException
        ? "The request body is not valid JSON: " + exception.getOriginalMessage() + "."
        : "The request body is JSON, but not of the shape this resource expects; see the README for the item format.";
    return Problem.of(400, detail).toResponseBuilder().build();
  }
}
