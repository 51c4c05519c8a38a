/** The JSON API v1: thin JAX-RS resources over the application services, errors as problem+json. */
package org.minping.web.api;
