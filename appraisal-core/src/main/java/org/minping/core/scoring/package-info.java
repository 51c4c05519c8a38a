/**
 * The scoring engine: pure Java (only {@code java.*}), immutable inputs and results, no clock, no
 * I/O. It turns the cube of public ratings, panel, internal scores and a cycle's parameters into
 * weighted, normalized, combined scores with grades, ranks, decompositions and digests.
 */
package org.minping.core.scoring;
