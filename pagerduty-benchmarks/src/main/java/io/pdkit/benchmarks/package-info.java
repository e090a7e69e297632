/**
 * JMH benchmarks and probes that compare pdkit with a raw {@code RestClient} + Jackson
 * loop on the same HTTP stack.
 */
@NullMarked
package io.pdkit.benchmarks;

import org.jspecify.annotations.NullMarked;
