/** The catalog of governance settings. */
package org.tryon.governance.module.application;
