/** Governance's screens and REST resources. */
package org.tryon.governance.web;
