/**
 * Industrial machinery (108.10 G) over HTTP and on the screens: the REST resource under
 * {@code /industrial-machinery}, the permit page's Industrial machinery tab and the inspectors'
 * page {@code /permitting/machinery.xhtml}. {@code MachineryBean} holds the record shown; each form
 * of the record has its own small view-scoped bean bound to its command ({@code Machinery*Form}).
 */
package org.tryon.permitting.machinery.web;
