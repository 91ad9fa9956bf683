/**
 * Industrial machinery (108.10 G) over HTTP and on the screens: the REST resource under
 * {@code /industrial-machinery}, the permit page's Industrial machinery tab and the inspectors'
 * page {@code /permitting/machinery.xhtml}.
 */
package org.tryon.permitting.machinery.web;
