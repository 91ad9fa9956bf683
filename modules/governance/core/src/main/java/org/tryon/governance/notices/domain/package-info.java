/** Meeting notices, their texts and timing rules, subscribers, outgoing mail and its retries (107.1.4 B, 107.2.4 B). */
package org.tryon.governance.notices.domain;
