/** Governance's use cases. */
package org.tryon.governance.application;
