package dev.etagfilter.openapi;

import dev.etagfilter.ETagKind;
import dev.etagfilter.EndpointPolicy;
import dev.etagfilter.EndpointPolicy.Protection;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one {@link EndpointPolicy} means in OpenAPI terms, written onto the operations swagger-core
 * read: the rules of RFC 9110 section 13 and RFC 6585 section 3 as the feature applies them, stated
 * once here.
 */
final class PreconditionDocs {

  /** The schema of the feature's 428 (and 400) bodies, under {@code #/components/schemas}. */
  static final String PROBLEM_SCHEMA = "PreconditionProblem";

  /** The vendor extension naming each write's protection, e.g. {@code x-precondition: required}. */
  static final String PROTECTION_EXTENSION = "x-precondition";

  static final String IF_MATCH = "If-Match";
  static final String IF_NONE_MATCH = "If-None-Match";
  static final String ETAG = "ETag";

  /** The methods whose 2xx responses the feature tags (a DELETE leaves no representation). */
  private static final Set<String> TAGGED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH");

  private PreconditionDocs() {}

  /** Writes each recorded policy onto its operation in {@code document}; returns the document. */
  static OpenAPI describe(OpenAPI document, Map<Operation, EndpointPolicy> policies) {
    if (document == null || document.getPaths() == null) {
      return document;
    }
    boolean refersToProblem = false;
    for (PathItem path : document.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        EndpointPolicy policy = policies.get(operation);
        if (policy != null) {
          refersToProblem |= describe(operation, policy, path);
        }
      }
    }
    if (refersToProblem) {
      addProblemSchema(document);
    }
    return document;
  }

  /** One operation; true when it now refers to the problem schema. */
  private static boolean describe(Operation operation, EndpointPolicy policy, PathItem path) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    boolean tagged = policy.etagKind() != ETagKind.NONE && TAGGED_METHODS.contains(policy.httpMethod());
    if (!policy.isWrite()) {
      // RFC 9110 13.1.2: a read with entity tags answers If-None-Match with 304 when one matches.
      if (tagged) {
        replaceHeader(operation, header(IF_NONE_MATCH, false, READ_IF_NONE_MATCH));
        tagSuccessResponses(operation);
        operation.getResponses().addApiResponse("304",
            withETag(new ApiResponse().description(NOT_MODIFIED), CURRENT_ETAG));
      }
      return false;
    }
    operation.addExtension(PROTECTION_EXTENSION, label(policy.protection()));
    if (tagged) {
      tagSuccessResponses(operation);
    }
    switch (policy.protection()) {
      case REQUIRED -> {
        // RFC 6585 3: a write that sends no precondition is refused with 428.
        replaceHeader(operation, header(IF_MATCH, true, REQUIRED_IF_MATCH));
        replaceHeader(operation, writeIfNoneMatch());
        operation.getResponses().addApiResponse("412", preconditionFailed(path, operation));
        operation.getResponses().addApiResponse("428", problem(PRECONDITION_REQUIRED));
        return true;
      }
      case REPORT_ONLY -> {
        // A stale If-Match is still refused; a missing one is let through and reported.
        replaceHeader(operation, header(IF_MATCH, false, REPORT_ONLY_IF_MATCH));
        replaceHeader(operation, writeIfNoneMatch());
        operation.getResponses().addApiResponse("412", preconditionFailed(path, operation));
        appendDescription(operation, REPORT_ONLY_NOTE);
      }
      case OPTED_OUT -> appendDescription(operation, policy.reason().isEmpty()
          ? OPTED_OUT_NOTE + "."
          : OPTED_OUT_NOTE + ": " + policy.reason() + ".");
      case NOT_REQUIRED -> {
        // A create through a collection: nothing stored yet, so no update to lose.
      }
    }
    return false;
  }

  private static final String READ_IF_NONE_MATCH = "Entity tags of representations the client already"
      + " has, e.g. \"7\", or *. If one matches the current ETag the answer is 304 Not Modified, with no body.";

  private static final String REQUIRED_IF_MATCH = "The ETag of the representation this write replaces,"
      + " e.g. \"7\", as the last GET or write returned it. Required (or If-None-Match: * to create): without"
      + " either the answer is 428. A stale tag gets 412 with the current representation. * overwrites"
      + " whatever is stored and is logged as a forced override.";

  private static final String REPORT_ONLY_IF_MATCH = "The ETag of the representation this write replaces,"
      + " e.g. \"7\". Report-only for now: a write without it still proceeds but is reported, and it will"
      + " be required. A stale tag gets 412 with the current representation.";

  private static final String WRITE_IF_NONE_MATCH = "Only *: create, only where nothing is stored yet"
      + " (412 otherwise); sent instead of If-Match. Any other If-None-Match on a write gets 428.";

  private static final String SUCCESS_ETAG = "The entity tag of the representation (after a write, of the"
      + " new state): send it in If-Match to write, or in If-None-Match to revalidate.";

  private static final String CURRENT_ETAG = "The entity tag of the current representation.";

  private static final String NOT_MODIFIED = "Not Modified: If-None-Match matched the current ETag.";

  private static final String PRECONDITION_FAILED = "Precondition Failed: If-Match is stale (the resource"
      + " changed since it was read) or the resource does not exist. Nothing was written. The body is the"
      + " current representation, exactly as GET returns it, and ETag its tag: review, then retry with it.";

  private static final String PRECONDITION_REQUIRED = "Precondition Required: the write sent neither"
      + " If-Match nor If-None-Match: *, so it could overwrite someone else's change. Nothing was written.";

  private static final String REPORT_ONLY_NOTE = "Precondition report-only: a write without If-Match"
      + " proceeds for now and is reported; send If-Match, it will be required.";

  private static final String OPTED_OUT_NOTE = "No precondition: this write is opted out of If-Match";

  private static String label(Protection protection) {
    return protection.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static HeaderParameter header(String name, boolean required, String description) {
    HeaderParameter parameter = new HeaderParameter();
    parameter.name(name).required(required).description(description).schema(new StringSchema());
    return parameter;
  }

  private static HeaderParameter writeIfNoneMatch() {
    HeaderParameter parameter = header(IF_NONE_MATCH, false, WRITE_IF_NONE_MATCH);
    parameter.schema(new StringSchema()._enum(List.of("*")));
    return parameter;
  }

  /** Puts {@code parameter} in place of any header of that name (e.g. read from a {@code @BeanParam}). */
  private static void replaceHeader(Operation operation, Parameter parameter) {
    List<Parameter> parameters = operation.getParameters();
    if (parameters != null) {
      parameters.removeIf(p -> "header".equals(p.getIn()) && parameter.getName().equalsIgnoreCase(p.getName()));
    }
    operation.addParametersItem(parameter);
  }

  /**
   * Adds {@code ETag} to each 2xx response with a representation; with no 2xx listed, to swagger-core's
   * {@code default} response when it has content (the method's return type).
   */
  private static void tagSuccessResponses(Operation operation) {
    ApiResponses responses = operation.getResponses();
    boolean listsSuccess = responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
    responses.forEach((code, response) -> {
      boolean success = listsSuccess
          ? code.startsWith("2") && !code.equals("204")
          : code.equals("default") && hasContent(response);
      if (success) {
        withETag(response, SUCCESS_ETAG);
      }
    });
  }

  private static ApiResponse withETag(ApiResponse response, String description) {
    return response.addHeaderObject(ETAG, new Header().description(description).schema(new StringSchema()));
  }

  /** 412 with the current representation: the content of the path's GET, else of the write's own success. */
  private static ApiResponse preconditionFailed(PathItem path, Operation write) {
    ApiResponse response = withETag(new ApiResponse().description(PRECONDITION_FAILED), CURRENT_ETAG);
    Content current = path.getGet() != null ? successContent(path.getGet()) : null;
    if (current == null) {
      current = successContent(write);
    }
    if (current != null) {
      Content copy = new Content();
      current.forEach((type, media) -> copy.addMediaType(type, new MediaType().schema(media.getSchema())));
      response.content(copy);
    }
    return response;
  }

  /** The content of the operation's first 2xx response that has one, else of its default response. */
  private static Content successContent(Operation operation) {
    if (operation.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      if (entry.getKey().startsWith("2") && hasContent(entry.getValue())) {
        return entry.getValue().getContent();
      }
    }
    ApiResponse fallback = operation.getResponses().get("default");
    return fallback != null && hasContent(fallback) ? fallback.getContent() : null;
  }

  /** Whether the response declares a body: a media type with a schema (not swagger-core's bare {@code {}}). */
  private static boolean hasContent(ApiResponse response) {
    return response.getContent() != null
        && response.getContent().values().stream().anyMatch(media -> media.getSchema() != null);
  }

  private static ApiResponse problem(String description) {
    Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
    return new ApiResponse().description(description)
        .content(new Content().addMediaType("application/problem+json", new MediaType().schema(reference)));
  }

  private static void appendDescription(Operation operation, String note) {
    String existing = operation.getDescription();
    operation.setDescription(existing == null || existing.isBlank() ? note : existing + "\n\n" + note);
  }

  /** RFC 9457 problem details, with the members the feature adds: the header concerned and an example. */
  private static void addProblemSchema(OpenAPI document) {
    if (document.getComponents() == null) {
      document.setComponents(new Components());
    }
    var schemas = document.getComponents().getSchemas();
    if (schemas != null && schemas.containsKey(PROBLEM_SCHEMA)) {
      return;
    }
    ObjectSchema problem = new ObjectSchema();
    problem.setDescription("RFC 9457 problem details, as etag-filter answers 428 and 400.");
    problem.setRequired(List.of("type", "status", "title", "detail"));
    problem.addProperty("type", new StringSchema().example("about:blank"));
    problem.addProperty("status", new IntegerSchema().example(428));
    problem.addProperty("title", new StringSchema().example("Precondition Required"));
    problem.addProperty("detail", new StringSchema());
    problem.addProperty("header", new StringSchema().description("The request header concerned").example(IF_MATCH));
    problem.addProperty("example", new StringSchema().description("A correct use of it").example("If-Match: \"7\""));
    document.getComponents().addSchemas(PROBLEM_SCHEMA, problem);
  }
}
