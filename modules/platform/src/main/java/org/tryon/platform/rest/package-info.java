/** REST error handling: every error of the API is an RFC 9457 problem document. */
package org.tryon.platform.rest;
