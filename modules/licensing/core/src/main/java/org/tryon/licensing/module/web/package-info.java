/** Licensing's menu, the candidate screens, the module's REST root and the beans shared by its screens. */
package org.tryon.licensing.module.web;
