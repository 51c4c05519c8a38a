/** Rectification tasks (整改) after publication and the office's accountability records (问责). */
package org.minping.core.rectification;
