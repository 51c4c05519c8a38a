/**
 * JSF backing beans of the public pages at the root of the web application, and what every page
 * shares (messages, locale, viewer's zone). Each folder of {@code webapp/} has its beans in the
 * subpackage of the same name ({@code /admin} → {@code web.view.admin}, …).
 */
package org.minping.web.view;
