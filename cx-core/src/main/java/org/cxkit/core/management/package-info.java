/**
 * The CX management cycle: what was learned ({@link org.cxkit.core.strategy.Insight insights}),
 * where that opens a chance to improve ({@link org.cxkit.core.management.Opportunity}), what is
 * being done about it ({@link org.cxkit.core.management.Initiative}: owner, status, the measure and
 * target it should move, due date), who owns each journey and how often they review it ({@link
 * org.cxkit.core.management.Review}), the employee experience behind frontline touchpoints ({@link
 * org.cxkit.core.management.EmployeeExperience}), and the maturity the model's evidence supports
 * ({@link org.cxkit.core.management.MaturityEvidence}). All of it hangs off {@link
 * org.cxkit.core.management.Management}, a part of the model.
 */
@NullMarked
package org.cxkit.core.management;

import org.jspecify.annotations.NullMarked;
