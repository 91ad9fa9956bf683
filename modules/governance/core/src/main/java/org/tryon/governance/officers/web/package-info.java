/** The officers and closed-sessions screens and their resources. */
package org.tryon.governance.officers.web;
