/**
 * Third-party evaluation 第三方评估: accredited evaluator organisations, their staff, their
 * assignments to agencies and cycles, and conflict-of-interest declarations.
 */
package org.minping.core.assessment;
