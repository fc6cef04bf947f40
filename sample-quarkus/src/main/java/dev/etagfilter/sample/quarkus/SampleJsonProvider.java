package dev.etagfilter.sample.quarkus;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.etagfilter.sample.http.JsonMapperResolver;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Jackson's own provider around the sample's mapper, as {@code SampleApplication} registers it on
 * Jersey. A subclass in the application, with its media types: given {@code JacksonJsonProvider}
 * itself by class, quarkus-rest writes entities with its built-in {@code toString()} writer instead.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class SampleJsonProvider extends JacksonJsonProvider {

  public SampleJsonProvider() {
    super(new JsonMapperResolver().mapper());
  }
}
