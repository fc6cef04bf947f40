package dev.etagfilter.internal;

import jakarta.ws.rs.core.FeatureContext;

/** Registers the feature's providers once per application. */
public final class FeatureRegistration {

  /** The configuration property that marks the feature as registered. */
  static final String REGISTERED = "dev.etagfilter.registered";

  private FeatureRegistration() {}

  /**
   * Registers the policy binder, the two filters and the exception mappers, unless already done for this
   * configuration, in which case it returns false (registering twice has no effect).
   */
  public static boolean register(FeatureContext context, FeatureOptions options) {
    if (context.getConfiguration().getProperty(REGISTERED) != null) {
      return false;
    }
    context.property(REGISTERED, Boolean.TRUE);
    EventDispatcher events = new EventDispatcher(options);
    RepresentationTagger tagger = new RepresentationTagger(options);
    MethodPolicies policies = new MethodPolicies(options);
    context.register(new MethodPolicyBinder(policies));
    context.register(new PreconditionRequestFilter(policies, options, tagger, events), Priority.PRECONDITIONS);
    context.register(new ETagResponseFilter(policies, options, tagger, events), Priority.ETAGS);
    context.register(new PreconditionFailedMapper());
    context.register(new MalformedHeaderMapper());
    return true;
  }
}
