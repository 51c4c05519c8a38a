/** The intake screening the core calls in the submitting transaction: the pure rules plus what needs the database (lexicon, recent comments). */
package org.minping.moderation.intake;
