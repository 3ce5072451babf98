/** Benchmarks that anyone can re-run: figures and ratios measured against a baseline in the same run. */
package org.newsfacet.bench;
