/** The TAB's screens (meeting, links, referrals, report, interpretations), its menu and the public results. */
package org.tryon.governance.tab.web;
