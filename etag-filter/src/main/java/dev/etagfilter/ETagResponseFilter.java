package dev.etagfilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * After a resource method: sets {@code ETag} on successful responses that carry a representation,
 * answers GET/HEAD preconditions against it (304 or 412), and finishes every 412 of the method,
 * whoever started it, as the current representation with its {@code ETag}, exactly as a GET. A thin
 * adapter: the matched method's policy comes from {@link MethodBinding}, every rule from {@link
 * PreconditionEvaluator}.
 */
final class ETagResponseFilter implements ContainerResponseFilter {

  /** RFC 9110 8.8.3: the methods whose 2xx responses describe the target's current state. */
  private static final Set<String> TAGGED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH");

  /**
   * RFC 9110 15.4.5: a 304 carries no content, so no representation metadata that would describe
   * content the client does not receive.
   */
  private static final List<String> NOT_MODIFIED_DROPPED_HEADERS =
      List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_ENCODING,
          HttpHeaders.CONTENT_LANGUAGE, "Content-Range", "Content-MD5", "Transfer-Encoding");

  private final FeatureState state;

  /** Where the runtime injects into the filters a feature registers (not quarkus-rest: see MethodBinding). */
  @Context private ResourceInfo resourceInfo;

  /** The writers of the application, for hash tags; quarkus-rest injects only the feature's own. */
  @Context private Providers providers;

  ETagResponseFilter(FeatureState state) {
    this.state = state;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    MethodPolicy policy = MethodBinding.policyOf(request, state, resourceInfo);
    if (policy == null || !policy.isGoverned()) {
      // Nothing of the feature's applies, not even an Idempotency-Key: only a governed write claims one.
      return;
    }
    boolean keyed = state.idempotency() != null && !MethodPolicies.isSafe(policy.httpMethod());
    if (keyed && request.getProperty(IdempotencyGate.REPLAYED_PROPERTY) != null) {
      // A replayed answer is sent exactly as it was the first time.
      return;
    }
    filter(request, response, policy);
    if (keyed) {
      state.idempotency().afterTheMethod(request, response, state.providers(providers));
    }
  }

  private void filter(ContainerRequestContext request, ContainerResponseContext response, MethodPolicy policy)
      throws IOException {
    if (response.hasEntity() && response.getMediaType() == null && policy.produces() != null) {
      // quarkus-rest chooses the type of a Response built without one only after the filters: the
      // method's own type, which the body is hashed, kept for its Idempotency-Key and sent in.
      response.setEntity(response.getEntity(), response.getEntityAnnotations(), policy.produces());
    }
    int status = response.getStatus();
    if (status == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
      finishPreconditionFailed(request, response, policy);
      return;
    }
    if (status == Response.Status.NOT_MODIFIED.getStatusCode()) {
      // A 304 the method answered itself, from a cheap validator (ReadCondition).
      if (state.events().wants(PreconditionEvent.Type.NOT_MODIFIED)) {
        state.events().dispatch(PreconditionEvent.Type.NOT_MODIFIED, request, policy, currentTag(response));
      }
      return;
    }
    tagAndAnswer(request, response, policy);
    reportPassed(request, response, policy);
  }

  private void tagAndAnswer(ContainerRequestContext request, ContainerResponseContext response, MethodPolicy policy)
      throws IOException {
    String method = request.getMethod();
    // RFC 9110 13.2.1: preconditions apply only where the response would otherwise be 2xx.
    if (policy.kind() == ETagKind.NONE
        || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
        || !TAGGED_METHODS.contains(method)) {
      return;
    }
    RequestConditions conditions = conditionsOf(request);
    ConditionalRead read = MethodPolicies.isSafe(method) && !conditions.isUnconditional()
        ? new ConditionalRead(method, conditions, response)
        : null;
    // A body that will be answered with 304 is hashed but never copied out to be sent.
    EntityTag tag = tagResponse(response, policy, read != null ? read : RepresentationTagger.BODY_ALWAYS_SENT);
    if (tag == null) {
      return;
    }
    exposeToCors(request, response);
    if (read != null) {
      Outcome outcome = read.outcome(tag);
      if (outcome == Outcome.NOT_MODIFIED) {
        notModified(response);
        state.events().dispatch(PreconditionEvent.Type.NOT_MODIFIED, request, policy, tag);
      } else if (outcome == Outcome.PRECONDITION_FAILED) {
        // The body already is the current representation, exactly as a GET returns it.
        response.setStatusInfo(Response.Status.PRECONDITION_FAILED);
        state.events().dispatch(PreconditionEvent.Type.PRECONDITION_FAILED, request, policy, tag);
      }
    }
  }

  /** A conditional request that ends 2xx: its precondition held (RFC 9110 13.2.2 step 6). */
  private void reportPassed(ContainerRequestContext request, ContainerResponseContext response, MethodPolicy policy) {
    // Nobody counts or listens to passed requests by default: then there is nothing to find out.
    if (!state.events().wants(PreconditionEvent.Type.PASSED)
        || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
        || !(request.getProperty(PreconditionRequestFilter.CONDITIONS_PROPERTY) instanceof RequestConditions sent)) {
      return;
    }
    // A forced override or a write that named no expected state was reported as such already.
    boolean checked = MethodPolicies.isSafe(policy.httpMethod())
        || (sent.namesExpectedState() && !sent.isForcedOverride());
    if (checked) {
      state.events().dispatch(PreconditionEvent.Type.PASSED, request, policy, currentTag(response));
    }
  }

  private static EntityTag currentTag(ContainerResponseContext response) {
    String etag = response.getHeaderString(HttpHeaders.ETAG);
    try {
      return etag == null ? null : EntityTag.parse(etag.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * RFC 9110 13.2.2 for a conditional GET or HEAD, evaluated once for the representation's tag: the
   * tagger asks it whether the body is sent (not for a 304), and the filter then acts on the same
   * outcome.
   */
  private static final class ConditionalRead implements Predicate<EntityTag> {

    private final String method;
    private final RequestConditions conditions;
    private final ContainerResponseContext response;
    private EntityTag evaluatedTag;
    private Outcome outcome;

    ConditionalRead(String method, RequestConditions conditions, ContainerResponseContext response) {
      this.method = method;
      this.conditions = conditions;
      this.response = response;
    }

    Outcome outcome(EntityTag tag) {
      if (!tag.equals(evaluatedTag)) {
        outcome = PreconditionEvaluator.evaluate(method, conditions, ResourceState.of(tag, lastModified()));
        evaluatedTag = tag;
      }
      return outcome;
    }

    /** Whether the body is sent: every outcome but 304. */
    @Override
    public boolean test(EntityTag tag) {
      return outcome(tag) != Outcome.NOT_MODIFIED;
    }

    /** {@code Last-Modified}, read only for a date condition: the only case where 13.2.2 uses it. */
    private Instant lastModified() {
      if (!conditions.hasDateCondition() || response.getLastModified() == null) {
        return null;
      }
      return response.getLastModified().toInstant();
    }
  }

  /**
   * The response's entity tag: the one the resource set itself, else one computed from its entity,
   * whose written bytes then become the body when {@code bodySent} wants them.
   */
  private EntityTag tagResponse(ContainerResponseContext response, MethodPolicy policy, Predicate<EntityTag> bodySent)
      throws IOException {
    String existing = response.getHeaderString(HttpHeaders.ETAG);
    if (existing != null) {
      try {
        return EntityTag.parse(existing.trim());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    Object entity = response.getEntity();
    if (entity == null) {
      return null;
    }
    ETagKind kind = RepresentationTagger.effectiveKind(entity, policy.kind());
    TaggedEntity tagged = switch (kind) {
      // A version tag needs neither the entity's type nor its media type.
      case VERSION -> new TaggedEntity(RepresentationTagger.byVersion(entity), null);
      case HASH -> state.tagger().byHash(representationOf(response), state.providers(providers), bodySent);
      default -> TaggedEntity.UNTAGGED;
    };
    if (tagged.body() != null) {
      response.setEntity(tagged.body(), response.getEntityAnnotations(), response.getMediaType());
    }
    if (tagged.tag() != null) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, tagged.tag().toString());
    }
    return tagged.tag();
  }

  private RepresentationTagger.Representation representationOf(ContainerResponseContext response) {
    return new RepresentationTagger.Representation(response.getEntity(), response.getEntityType(),
        response.getEntityAnnotations(), response.getMediaType(), response.getHeaders());
  }

  /**
   * Every 412 of the method: the current representation tagged as a GET would tag it, or a problem
   * body when the resource is absent; then the event.
   */
  private void finishPreconditionFailed(
      ContainerRequestContext request, ContainerResponseContext response, MethodPolicy policy) throws IOException {
    EntityTag tag = null;
    Object entity = response.getEntity();
    boolean problem = ProblemResponses.PROBLEM_JSON.isCompatible(response.getMediaType());
    if (entity != null && !problem && policy.kind() != ETagKind.NONE) {
      tag = tagResponse(response, policy, RepresentationTagger.BODY_ALWAYS_SENT);
      if (tag != null) {
        exposeToCors(request, response);
      }
    }
    state.events().dispatch(PreconditionEvent.Type.PRECONDITION_FAILED, request, policy, tag);
  }

  /** RFC 9110 15.4.5: 304 with the validators and no content. */
  private static void notModified(ContainerResponseContext response) {
    // The status itself, not its code: an implementation may look a code up in Status.values().
    response.setStatusInfo(Response.Status.NOT_MODIFIED);
    response.setEntity(null);
    Iterator<String> names = response.getHeaders().keySet().iterator();
    while (names.hasNext()) {
      if (isDroppedFromNotModified(names.next())) {
        names.remove();
      }
    }
  }

  private static boolean isDroppedFromNotModified(String name) {
    for (String dropped : NOT_MODIFIED_DROPPED_HEADERS) {
      if (dropped.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Lets scripts on other origins read {@code ETag} (Fetch standard, CORS-exposed headers). */
  private void exposeToCors(ContainerRequestContext request, ContainerResponseContext response) {
    if (state.options().exposeETagToCors() && request.getHeaderString("Origin") != null) {
      CorsExposure.exposeETag(response.getHeaders());
    }
  }

  private static RequestConditions conditionsOf(ContainerRequestContext request) {
    Object parsed = request.getProperty(PreconditionRequestFilter.CONDITIONS_PROPERTY);
    return parsed instanceof RequestConditions conditions ? conditions : RequestConditions.NONE;
  }
}
