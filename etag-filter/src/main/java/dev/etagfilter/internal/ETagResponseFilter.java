package dev.etagfilter.internal;

import dev.etagfilter.ETagKind;
import dev.etagfilter.EntityTag;
import dev.etagfilter.Outcome;
import dev.etagfilter.PreconditionEvaluator;
import dev.etagfilter.PreconditionEvent;
import dev.etagfilter.Preconditions;
import dev.etagfilter.ResourceState;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * After a resource method: sets {@code ETag} on successful responses that carry a representation,
 * answers GET/HEAD preconditions against it (304 or 412), and turns every library 412 into the
 * current representation with its {@code ETag}. A thin adapter: every rule is in {@link
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

  private final MethodPolicies policies;
  private final FeatureOptions options;
  private final RepresentationTagger tagger;
  private final EventDispatcher events;

  @Context private Providers providers;
  @Context private ResourceInfo resourceInfo;

  ETagResponseFilter(MethodPolicies policies, FeatureOptions options, RepresentationTagger tagger, EventDispatcher events) {
    this.policies = policies;
    this.options = options;
    this.tagger = tagger;
    this.events = events;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MethodPolicy policy = MethodPolicyBinder.policyOf(request, policies, resourceInfo);
    if (response.getEntity() instanceof CurrentRepresentation current) {
      answerPreconditionFailed(request, response, current, policy != null ? policy : MethodPolicy.UNMATCHED);
      return;
    }
    if (policy == null) {
      return;
    }
    String method = request.getMethod();
    // RFC 9110 13.2.1: preconditions apply only where the response would otherwise be 2xx.
    if (policy.kind() == ETagKind.NONE
        || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
        || !TAGGED_METHODS.contains(method)) {
      return;
    }
    Preconditions pre = preconditions(request);
    ConditionalRead read = PreconditionEvaluator.isGetOrHead(method) && !pre.isUnconditional()
        ? new ConditionalRead(method, pre, response)
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
      } else if (outcome == Outcome.PRECONDITION_FAILED) {
        // The body already is the current representation, exactly as a GET returns it.
        response.setStatus(Response.Status.PRECONDITION_FAILED.getStatusCode());
        events.dispatch(PreconditionEvent.Type.PRECONDITION_FAILED, method, policy.pathTemplate(),
            sentTag(request), tag);
      }
    }
  }

  /**
   * RFC 9110 13.2.2 for a conditional GET or HEAD, evaluated once for the representation's tag: the
   * tagger asks it whether the body is sent (not for a 304), and the filter then acts on the same
   * outcome.
   */
  private static final class ConditionalRead implements Predicate<EntityTag> {

    private final String method;
    private final Preconditions pre;
    private final ContainerResponseContext response;
    private EntityTag evaluatedTag;
    private Outcome outcome;

    ConditionalRead(String method, Preconditions pre, ContainerResponseContext response) {
      this.method = method;
      this.pre = pre;
      this.response = response;
    }

    Outcome outcome(EntityTag tag) {
      if (!tag.equals(evaluatedTag)) {
        outcome = PreconditionEvaluator.evaluate(method, pre, ResourceState.of(tag, lastModified(response, pre)));
        evaluatedTag = tag;
      }
      return outcome;
    }

    /** Whether the body is sent: every outcome but 304. */
    @Override
    public boolean test(EntityTag tag) {
      return outcome(tag) != Outcome.NOT_MODIFIED;
    }
  }

  /**
   * The response's entity tag: the one the resource set itself, else one computed from its entity,
   * whose serialized bytes then replace it when {@code bodySent} wants them.
   */
  private EntityTag tagResponse(ContainerResponseContext response, MethodPolicy policy, Predicate<EntityTag> bodySent) {
    String existing = response.getHeaderString(HttpHeaders.ETAG);
    if (existing != null) {
      try {
        return EntityTag.parse(existing.trim());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (!response.hasEntity()) {
      return null;
    }
    Object entity = response.getEntity();
    ETagKind kind = tagger.effectiveKind(entity, policy.kind());
    // A version tag needs neither the entity's type nor its media type, which Jersey computes on demand.
    TaggedEntity tagged = kind == ETagKind.VERSION
        ? RepresentationTagger.byVersion(entity)
        : tagger.tag(entity, response.getEntityType(), response.getMediaType(), kind, providers, bodySent);
    return apply(response, tagged);
  }

  /**
   * The response's {@code Last-Modified}, read only when the request sent a date condition: the
   * only case where RFC 9110 13.2.2 looks at it.
   */
  private static Instant lastModified(ContainerResponseContext response, Preconditions pre) {
    if (pre.ifModifiedSince().isEmpty() && pre.ifUnmodifiedSince().isEmpty()) {
      return null;
    }
    return response.getLastModified() == null ? null : response.getLastModified().toInstant();
  }

  private static EntityTag apply(ContainerResponseContext response, TaggedEntity tagged) {
    if (tagged.body() != null) {
      MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
      response.setEntity(tagged.body(), response.getEntityAnnotations(), type);
    }
    if (tagged.tag() != null) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, tagged.tag().toString());
    }
    return tagged.tag();
  }

  /**
   * Every library 412: the current representation as a GET would send it, with its {@code ETag};
   * a problem body when the resource is absent.
   */
  private void answerPreconditionFailed(
      ContainerRequestContext request,
      ContainerResponseContext response,
      CurrentRepresentation current,
      MethodPolicy policy) {
    EntityTag tag = null;
    if (current.entity() == null) {
      response.setEntity(ProblemResponses.absentResourceBody(), null, ProblemResponses.PROBLEM_JSON);
    } else {
      Object entity = current.entity();
      TaggedEntity tagged = current.tagged() != null
          ? current.tagged()
          : tagger.tag(entity, entity.getClass(), response.getMediaType(), policy.kind(), providers);
      response.setEntity(entity, response.getEntityAnnotations(),
          response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE);
      tag = apply(response, tagged);
      exposeToCors(request, response);
    }
    events.dispatch(PreconditionEvent.Type.PRECONDITION_FAILED, request.getMethod(), policy.pathTemplate(),
        sentTag(request), tag);
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
    if (options.exposeETagToCors() && request.getHeaderString("Origin") != null) {
      CorsExposure.exposeETag(response.getHeaders());
    }
  }

  private static Preconditions preconditions(ContainerRequestContext request) {
    Object parsed = request.getProperty(PreconditionRequestFilter.PRECONDITIONS_PROPERTY);
    return parsed instanceof Preconditions pre ? pre : Preconditions.none();
  }

  private static String sentTag(ContainerRequestContext request) {
    String ifMatch = request.getHeaderString("If-Match");
    return ifMatch != null ? ifMatch : request.getHeaderString("If-None-Match");
  }
}
