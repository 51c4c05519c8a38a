/** Small values shared by the use cases of the core, such as field errors. */
package org.minping.core.shared;
