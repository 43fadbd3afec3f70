<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContactEntry</name>
    <message>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Choose a customer in the list to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Edit the customer to add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday {date} (lunar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: &lt;b&gt;{action}&lt;/b&gt; — {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ({days} days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer, profit {profit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers, profit {profit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: only active and completed jobs count towards profit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS history ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a name, choose from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunar calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences, family, what matters to them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>Search name, phone, e-mail or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All designers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersSection</name>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected customer (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a survey answer (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, visit or message (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation is: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer them to another studio (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a studio you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted decline message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into WeChat or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why are you going against the recommendation?&lt;/b&gt; (required — the journal will show it again later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you know that the figures do not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which conditions did you set? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee, scope, hours, timing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember about this decision? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one. Both are fine answers; the journal keeps either honest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording it makes the job active. The journal will ask, when the job is completed or in six months, whether it was worth it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording it marks the inquiry declined. Send the message below in your own time; a clear, kind no keeps the door open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: was it worth it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <source>Decision journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every low-value job that went through the decline wizard: what was decided, why, and afterwards whether it was worth it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value jobs accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…of them lost money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit given up by declining (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit won by accepting (actual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it worth it? Compare the actual profit with the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated at the time: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due: {count}. For each highlighted decision, ask yourself: was it worth it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision to see the answers given at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions yet. They appear here when a low-value inquiry goes through the decline wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: {rec}. Decided on {date}: {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review ({date}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due: was it worth it? Use Review… below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers were stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineWizard</name>
    <message>
        <source>Decline wizard — {ref} {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EconomicsPage</name>
    <message>
        <source>The economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small job is rarely cheap: it is paid for in hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no hours estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {count} accepted jobs started in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accepted job with hours started in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profit} profit over {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours taken from other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours — about {weeks} working weeks of one designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on the studio&apos;s usual work, the same hours would earn about {value}; this job earns {profit}, {gap} less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on the studio&apos;s usual work, the same hours would earn about {value}; this job earns {profit}, no less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those hours come from somewhere: from customers already waiting, or from the designers&apos; evenings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>The facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job as it stands. Nothing is decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: they found the studio on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate against the job lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ below the line of {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ clears the line of {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio load: active projects per designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No designers are set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would lead this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this job)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineEntry</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{studio} — Studio CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Studio CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list uses the studio&apos;s profit line of {amount}; save the trial line in Segments to use it everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS, last 12 months: {nps} ({n} answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Studio CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio CRM helps a design studio keep the customers who recommend it and bring it profit, and win more of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NpsSection</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rolling 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPS of all responses of the three months ending at each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95 % margin of error around each period&apos;s NPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a period to see its exact figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All designers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS {nps} from {n} responses, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey responses from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: NPS {nps} ± {moe} · {n} responses: {p} promoters, {pa} passives, {d} detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rolling 3 months: {nps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the NPS chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the NPS figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OddsPage</name>
    <message>
        <source>Repeat and referral odds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hope of more work, checked against the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s history with the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be their first job with the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often customers come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the {customers} customers whose first job began at least a year ago, {returned} started another job within 12 months: {share}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough history yet to say how often customers come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody referred this customer, so no referrer&apos;s goodwill is at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — customers referred: {count}, their profit {profit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counting {customer}: {count} customers, {profit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} is the only customer they have referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A poor job often feels worth it because of the work it might bring later. These figures say how often that has happened here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reference or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee / revenue ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;arted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Accept job to make an inquiry active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated profit {profit} is below {line} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin {margin} % is below {line} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no fee, so no margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to this project?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last client update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client update yet: send the client an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client update for {days} days: send the client an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-value job: the estimate is below the studio&apos;s minimum profit or margin. Accepting it goes through the decline wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsSection</name>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected inquiry an active job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project &amp;log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ref, title or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for today: type and press Enter (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All designers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of {ref} — {title} ({customer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first, then type its log entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the entry first, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is now an active job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is in the decision journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>Five questions before deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence for each is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying no feels like a loss even when it is not one. Answer each question honestly, before looking at the advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <source>The recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice from the studio&apos;s own figures; the decision stays yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you decide otherwise, say why on the next page. The journal will ask later whether it was worth it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Segment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS counts the answers given in the period; the segments are as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment report — print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseEntry</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they say? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Was it worth it? — {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref} · {title}&lt;/b&gt; for {customer}, decided {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason then: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Looking back, was it worth it? Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual profit so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined it; those hours went to other work instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job lost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job earned less than estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job earned at least what was estimated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTile</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} % of all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit: {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} customers ({share}), profit {amount} {currency}. {action}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to list these customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsSection</name>
    <message>
        <source>Profit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profit line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as the studio&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the studio&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments: recommendation × profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose accepted jobs earned at least this much count as profitable (+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying a line: the studio&apos;s line stays {amount} {currency} until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {name}
≥ {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− {name}
&lt; {amount} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} customers, {rated} of them rated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose accepted jobs earned at least this much are profitable (+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inquiry estimated to earn less is a low-value job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inquiry with a lower estimated margin is a low-value job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profit line ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job minimum p&amp;rofit ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job minimum &amp;margin (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, such as 20000 or 20000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100, such as 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the currency, such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>No accepted jobs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted jobs: {count} · profit {profit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers referred: {count} · their profit {profit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey responses in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is already another customer&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is already another project&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither accept nor decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tier (A, B or C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in cadence must be between 0 and {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint deadline must be between 0 and {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee of {fee} for the same work would clear both lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept only on conditions you write down: a fixed scope and hours, a fee nearer the line, and a schedule where no profitable customer&apos;s work waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as you would for a friend who runs another studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this estimate the job loses {loss}; goodwill does not pay for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides {name}, the customers {referrer} referred have brought {profit}; their goodwill counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hour on this job earns {job}, against the studio&apos;s average of {avg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated margin {margin} is below the job line of {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated profit {profit} is below the job line of {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nobody had asked you personally, would you go after this job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine it arrived as an anonymous inquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a third way: refer it on, offer a fixed-scope consultation, or raise the fee to the line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind regards,
{studio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the loss: a favour, a face, a portfolio piece, a future job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an inquiry can be accepted; {ref} is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an inquiry can be decided on; {ref} is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {share} of customers came back within 12 months of their first job: a repeat is a hope, not a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer since you opened it; reload to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this project meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this project since you opened it; reload to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between a plain yes and a plain no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for thinking of {studio} for this project, and for the trust that comes with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint deadline table has an unknown category or severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be saved: a reference is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate clears both job lines: profit {profit}, margin {margin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job misses a line, and neither repeat work nor referrals make up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job misses both lines, and no profitable promoter is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead time must be between 0 and {n} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window reaches past the year 9999; ask for fewer days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} customers {name} referred have brought {profit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project &apos;{ref}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think of the designers&apos; week and of the customers already waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have looked carefully at what the work needs and at what we have already promised to others. We could not give your project the attention it deserves at the moment, and we would rather tell you so now than do it half-heartedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We hope there will be another occasion to work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you lose by accepting: which profitable customer&apos;s work waits, and whose overtime pays for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly do you lose by declining, and how much will it matter in three months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you advise a peer studio to take this job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a few words on how it turned out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer cannot refer themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new job starts as an inquiry; accept it with Accept job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inquiry becomes active only through Accept job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>construction quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going against the recommendation needs a written reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the complaint was opened ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a project of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the wizard&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finish date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this question needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{festival}: greet 1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{festival}: greet {n} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already brought {profit} over {count} accepted jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither a promoter nor profitable: the grid says lower their priority or let them go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} recommends the studio and has been profitable: a customer to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was referred by {referrer}, a profitable promoter of the studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would not recommend the studio and brings little profit: the grid says take no new work from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: check in ({segment}, every {days} days); last contact {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: check in ({segment}, every {days} days); no contact logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: lunar birthday (month {month}, day {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {category} complaint, {severity}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {project} finished {date}; a week on, ask how everything works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {project} finished {date}; {months} months on, ask how likely they are to recommend us (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} does this kind of work very well, and we would be glad to introduce you to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is a low-value job: take it through the decline wizard and record a decision before accepting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is accepted and now active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of customers came back within 12 months of their first job; a repeat is likely, but it pays only if the next job clears the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not between 0 and 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Promoter +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoter −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not profitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprioritize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold their satisfaction, learn exactly what they value, ask for referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailor the service to them and find what would move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the real cause and fix it; if you cannot serve them well yet, let them go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell more or higher-margin work; turn them into profitable promoters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower their priority, or let them go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take no new work from them; the fewer the better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them the recommendation question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A · strategic partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B · partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C · ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (WeChat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Customer segment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: the printer or file refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio CRM · prepared {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} survey responses from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters {p} · Passives {pa} · Detractors {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey responses from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{previous}: NPS {nps} from {n} responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{previous}: no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against the previous period: {change} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS (95 % margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS by month, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray band: the 95 % margin of error. Dashed line: the NPS of the three months ending at each month. Gaps: months without responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across: the customer&apos;s latest answer. Down: profit from accepted jobs against the profit line of {line}. As of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers · {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {name}
≥ {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− {name}
&lt; {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} customers ({share}) have never answered. {action}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose referrals brought the most profit: good customers bringing good customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their profit ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top referrers (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {overdue} of them overdue (past their due date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} with the earliest due dates are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: {accepted} inquiries accepted, {declined} declined; {against} against the recommendation; {reviewed} reviewed since (was it worth it?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment&apos;s customers, most profitable first, with what to do next: an open complaint comes first; &quot;Get in touch&quot; means nobody has been in touch for over {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{segment}: {action} ({n} customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{segment} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {shown} most profitable are listed; {more} more are in the customer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be overwritten; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
