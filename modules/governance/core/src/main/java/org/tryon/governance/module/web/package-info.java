/** The governance menu. */
package org.tryon.governance.module.web;
