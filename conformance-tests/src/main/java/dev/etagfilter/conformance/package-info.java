/**
 * The conformance checks: one class per RFC subsection, each test named after the rule it proves.
 * Run them against any service with {@code --select-package dev.etagfilter.conformance}; see the
 * module README for the configuration keys.
 */
package dev.etagfilter.conformance;
