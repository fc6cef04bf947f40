package dev.etagfilter.sample.quarkus;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import dev.etagfilter.sample.http.JsonMapperResolver;

/**
 * Jackson's own provider around the sample's mapper, as {@code SampleApplication} registers it on
 * Jersey. A subclass in the application: given {@code JacksonJsonProvider} itself by class (even with
 * its jar indexed), quarkus-rest writes entities with its built-in {@code toString()} writer instead.
 */
public class SampleJsonProvider extends JacksonJsonProvider {

  public SampleJsonProvider() {
    super(new JsonMapperResolver().mapper());
  }
}
