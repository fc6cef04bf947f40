package dev.etagfilter.conformance.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives checks the {@link Service} to test. It is opened once per test run (per suite when run by
 * the suite engine) in the root store, and closed by JUnit when the run ends.
 */
public final class ServiceExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServiceExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Service.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext root = context.getRoot();
    return root.getStore(NAMESPACE).getOrComputeIfAbsent(Service.class, key -> open(root), Service.class);
  }

  private static Service open(ExtensionContext root) {
    try {
      Service service = Targets.open(Settings.from(root));
      root.publishReportEntry("conformance target", service.toString());
      return service;
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the service to check: " + e, e);
    }
  }
}
