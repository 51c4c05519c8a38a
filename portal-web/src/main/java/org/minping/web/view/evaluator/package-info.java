/** Backing beans and template downloads of the third-party evaluator's pages under {@code /evaluator}. */
package org.minping.web.view.evaluator;
