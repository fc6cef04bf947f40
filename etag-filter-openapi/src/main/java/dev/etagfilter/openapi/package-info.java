/**
 * OpenAPI for etag-filter through swagger-core, the JAX-RS world's standard OpenAPI reader: {@link
 * dev.etagfilter.openapi.ETagOpenApiReader} reads the document as swagger-core does and adds, to each
 * operation, the {@code If-Match} / {@code If-None-Match} headers, the {@code ETag} header and the 304,
 * 412 and 428 responses that {@link dev.etagfilter.ETagFeature#policyOf} gives its resource method;
 * {@link dev.etagfilter.openapi.ETagOpenApiResource} serves it at {@code /openapi.json}.
 *
 * <p>Why swagger-core and not MicroProfile OpenAPI's {@code OASFilter}: swagger-core runs on every
 * Jakarta REST runtime (it reads the annotations itself, with no container support), and its reader
 * hands each operation to its extensions together with the Java method it came from
 * ({@code OpenAPIExtension.decorateOperation}), so the policy is looked up exactly as the filters
 * resolve it. An {@code OASFilter} sees only the finished model (paths and operation ids) and runs
 * only where a MicroProfile runtime (Quarkus, Open Liberty, Helidon) builds the document; it would
 * have to match operations back to methods by path text.
 *
 * <p>swagger-core calls extensions from one JVM-wide list, so {@link
 * dev.etagfilter.openapi.ETagOperationExtension} acts only inside a read of an {@code
 * ETagOpenApiReader} (a thread-bound scope), and each application's document follows its own feature.
 */
package dev.etagfilter.openapi;
