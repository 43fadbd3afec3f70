<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Lost / back</source>
        <translation>流失 / 恢复</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>项目日志</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>做出决定</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Marked as different people</source>
        <translation>标记为不同的人</translation>
    </message>
    <message>
        <source>Mark as different people taken back</source>
        <translation>撤销“不同的人”标记</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>Bulk edit undone</source>
        <translation>撤销批量修改</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Accounts turned on</source>
        <translation>开启员工账户</translation>
    </message>
    <message>
        <source>Accounts turned off</source>
        <translation>关闭员工账户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Care settings</source>
        <translation>客户关怀设置</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>问卷回答</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Backed up automatically: {file}.</source>
        <translation>已自动备份：{file}。</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <source>The automatic backup failed; the log file has the details.</source>
        <translation>自动备份失败；详情请查看日志文件。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backing up to {file}…</source>
        <translation>正在备份到 {file}…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <source>The backup failed; the log file has the details.</source>
        <translation>备份失败；详情请查看日志文件。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace everything in {db} with the backup {file}? A copy of the current data is kept in {folder}.</source>
        <translation>用备份 {file} 替换 {db} 中的全部数据吗？当前数据会另存一份副本到 {folder}。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restored from {file}.</source>
        <translation>已从 {file} 恢复。</translation>
    </message>
    <message>
        <source>Restored from {file}; the data it replaced is kept in {copy}.</source>
        <translation>已从 {file} 恢复；被替换的数据保存在 {copy}。</translation>
    </message>
    <message>
        <source>{reason} Restart Studio CRM.</source>
        <translation>{reason}请重新启动 Studio CRM。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit selected customers</source>
        <translation>批量修改所选客户</translation>
    </message>
    <message>
        <source>1 customer is selected.</source>
        <translation>已选择 1 位客户。</translation>
    </message>
    <message>
        <source>{n} customers are selected.</source>
        <translation>已选择 {n} 位客户。</translation>
    </message>
    <message>
        <source>Choose what to change. Whatever you leave as it is stays as each customer has it; you can undo the change afterwards.</source>
        <translation>请选择要修改的内容。保持不变的项目，各位客户仍保留原来的值；修改之后也可以撤销。</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>未流失</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>已流失：{reason}</translation>
    </message>
    <message>
        <source>Customers newly marked lost are lost from today; customers already lost keep the day they were lost. Not lost clears the reason and the day.</source>
        <translation>新标记为流失的客户，流失日期记为今天；已流失的客户保留原来的流失日期。选择“未流失”会清除流失原因和日期。</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation>设计师(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lost reason</source>
        <translation>流失原因(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change 1 customer</source>
        <translation>修改 1 位客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Change {n} customers</source>
        <translation>修改 {n} 位客户(&amp;C)</translation>
    </message>
    <message>
        <source>The change could not be made; nothing was changed. The details are in the log file.</source>
        <translation>未能完成修改，所有客户均保持原样。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>BulkEditNotice</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>Set the tier, designer or lost reason of every selected customer (Ctrl+Shift+E)</source>
        <translation>为所有所选客户设置等级、设计师或流失原因（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>E&amp;dit selected customers…</source>
        <translation>批量修改所选客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Undo &amp;bulk edit</source>
        <translation>撤销批量修改(&amp;B)</translation>
    </message>
    <message>
        <source>The bulk edit could not be undone. The details are in the log file.</source>
        <translation>未能撤销这次批量修改。详细信息见日志文件。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <source>Changed 1 customer.</source>
        <translation>已修改 1 位客户。</translation>
    </message>
    <message>
        <source>Changed {n} customers.</source>
        <translation>已修改 {n} 位客户。</translation>
    </message>
    <message>
        <source>1 already had these values.</source>
        <translation>1 位客户原本就是这些值。</translation>
    </message>
    <message>
        <source>{n} already had these values.</source>
        <translation>{n} 位客户原本就是这些值。</translation>
    </message>
    <message>
        <source>1 erased customer was left as it is.</source>
        <translation>1 位已清除信息的客户保持不变。</translation>
    </message>
    <message>
        <source>{n} erased customers were left as they are.</source>
        <translation>{n} 位已清除信息的客户保持不变。</translation>
    </message>
    <message>
        <source>1 no longer exists.</source>
        <translation>1 位客户已不存在。</translation>
    </message>
    <message>
        <source>{n} no longer exist.</source>
        <translation>{n} 位客户已不存在。</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>没有撤销任何修改。</translation>
    </message>
    <message>
        <source>Undid the bulk edit: 1 customer is back as it was.</source>
        <translation>已撤销批量修改：1 位客户已恢复原样。</translation>
    </message>
    <message>
        <source>Undid the bulk edit: {n} customers are back as they were.</source>
        <translation>已撤销批量修改：{n} 位客户已恢复原样。</translation>
    </message>
    <message>
        <source>1 customer was changed since and was left as it is.</source>
        <translation>1 位客户在此之后又被修改过，因此保持不变。</translation>
    </message>
    <message>
        <source>{n} customers were changed since and were left as they are.</source>
        <translation>{n} 位客户在此之后又被修改过，因此保持不变。</translation>
    </message>
</context>
<context>
    <name>CareSection</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>流失客户</translation>
    </message>
</context>
<context>
    <name>CareSettingsWidget</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>不回访</translation>
    </message>
    <message>
        <source>Check-in cadence, {segment}</source>
        <translation>回访周期：{segment}</translation>
    </message>
    <message>
        <source>Days to answer a {severity} {category} complaint</source>
        <translation>{category}投诉（{severity}）的处理天数</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show &amp;reminders ahead by</source>
        <translation>提前显示提醒(&amp;R)</translation>
    </message>
    <message>
        <source>Check in with each segment every so many days after the last contact:</source>
        <translation>各客户分群在最近一次联系后，每隔多少天回访一次：</translation>
    </message>
    <message>
        <source>Festival greetings go to these tiers and segments:</source>
        <translation>节日问候发给以下等级和客户分群：</translation>
    </message>
    <message>
        <source>Days to answer a complaint</source>
        <translation>投诉处理天数</translation>
    </message>
    <message>
        <source>Calendar days from the day a complaint is opened to its due date.</source>
        <translation>从投诉登记当天到截止日期之间的自然日天数。</translation>
    </message>
    <message>
        <source>Festival greetings: {who}</source>
        <translation>节日问候：{who}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Dates may be written 2024-03-05, 2024/3/5, 2024年3月5日 or 5.3.2024. A customer without a ref gets the next free one.</source>
        <translation>日期可以写作 2024-03-05、2024/3/5、2024年3月5日 或 5.3.2024。没有编号的客户会自动获得下一个可用编号。</translation>
    </message>
    <message>
        <source>These columns are set as you chose last time for a file with these headers.</source>
        <translation>这些列已按你上次为相同表头的文件所做的选择设置好。</translation>
    </message>
    <message>
        <source>The columns are guessed from their headers. Check each one; choose “Leave out” for a column you do not want.</source>
        <translation>各列是根据表头推测的。请逐一检查；不需要的列请选择“不导入”。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Customer reference or name</source>
        <translation>客户编号或姓名</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What is wrong, in the customer&apos;s words</source>
        <translation>出了什么问题（用客户自己的话）</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>登记日期(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <source>Co&amp;mplaint</source>
        <translation>投诉内容(&amp;M)</translation>
    </message>
    <message>
        <source>Due: type the day it was opened</source>
        <translation>截止日期：请先填写登记日期</translation>
    </message>
    <message>
        <source>Due {date}: {days} days for {category}, {severity}</source>
        <translation>截止日期 {date}：{category}投诉（{severity}）限 {days} 天</translation>
    </message>
    <message>
        <source>Due {date}: 1 day for {category}, {severity}</source>
        <translation>截止日期 {date}：{category}投诉（{severity}）限 1 天</translation>
    </message>
    <message>
        <source>— no particular project —</source>
        <translation>— 不涉及具体项目 —</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolved {date}</source>
        <translation>{date} 已解决</translation>
    </message>
    <message>
        <source>{text} (satisfaction {score}/10)</source>
        <translation>{text}（满意度 {score}/10）</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Which complaints</source>
        <translation>投诉范围</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>{n} complaints</source>
        <translation>{n} 件投诉</translation>
    </message>
    <message>
        <source>1 complaint</source>
        <translation>1 件投诉</translation>
    </message>
    <message>
        <source>{mark} {n} overdue</source>
        <translation>{mark} 已逾期 {n} 件</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved first</source>
        <translation>有人先保存了</translation>
    </message>
    <message>
        <source>Nothing of yours was written yet. These fields differ: choose whose value to keep, then save.</source>
        <translation>你的更改还没有写入。以下字段有差异：请选择保留哪一方的值，然后保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>全部保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>全部采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <source>What was it about?</source>
        <translation>谈了些什么？</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CustomerCareBar</name>
    <message>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <source>Reason the customer was lost</source>
        <translation>客户流失原因</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>标记为流失</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复为客户</translation>
    </message>
    <message>
        <source>They are a customer again: clear the lost reason.</source>
        <translation>对方重新成为客户：清除流失原因。</translation>
    </message>
    <message>
        <source>Lifecycle: {state}</source>
        <translation>生命周期：{state}</translation>
    </message>
    <message>
        <source>{mark} 1 overdue complaint ({m} open)</source>
        <translation>{mark} 1 件投诉已逾期（共 {m} 件未解决）</translation>
    </message>
    <message>
        <source>{mark} {n} overdue complaints ({m} open)</source>
        <translation>{mark} {n} 件投诉已逾期（共 {m} 件未解决）</translation>
    </message>
    <message>
        <source>1 open complaint</source>
        <translation>1 件未解决的投诉</translation>
    </message>
    <message>
        <source>{n} open complaints</source>
        <translation>{n} 件未解决的投诉</translation>
    </message>
    <message>
        <source>No open complaints</source>
        <translation>没有未解决的投诉</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Choose a customer in the list to see their details.</source>
        <translation>在列表中选择一位客户，即可查看详情。</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>利润：</translation>
    </message>
    <message>
        <source>Latest score:</source>
        <translation>最新评分：</translation>
    </message>
    <message>
        <source>Last contacted:</source>
        <translation>最近联系：</translation>
    </message>
    <message>
        <source>Designer:</source>
        <translation>设计师：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>推荐人：</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>转介绍：</translation>
    </message>
    <message>
        <source>Referred customer</source>
        <translation>被推荐的客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>NPS history</source>
        <translation>NPS 记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>No notes yet. Edit the customer to add some.</source>
        <translation>还没有备注。编辑客户即可添加。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>已清除信息的客户</translation>
    </message>
    <message>
        <source>Personal data erased on {date}</source>
        <translation>个人信息已于 {date} 清除</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>已流失：{reason}</translation>
    </message>
    <message>
        <source>birthday {date} (lunar)</source>
        <translation>生日 {date}（农历）</translation>
    </message>
    <message>
        <source>birthday {date}</source>
        <translation>生日 {date}</translation>
    </message>
    <message>
        <source>Next step: &lt;b&gt;{action}&lt;/b&gt; — {hint}</source>
        <translation>下一步：&lt;b&gt;{action}&lt;/b&gt;——{hint}</translation>
    </message>
    <message>
        <source>{score} on {date}</source>
        <translation>{score} 分（{date}）</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>尚未邀请评分</translation>
    </message>
    <message>
        <source>nobody in particular</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date}（今天）</translation>
    </message>
    <message>
        <source>{date} ({days} days ago)</source>
        <translation>{date}（{days} 天前）</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
    <message>
        <source>1 customer, profit {profit}</source>
        <translation>1 位客户，利润 {profit}</translation>
    </message>
    <message>
        <source>{count} customers, profit {profit}</source>
        <translation>{count} 位客户，利润 {profit}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 位</translation>
    </message>
    <message>
        <source>Estimate: only active and completed jobs count towards profit.</source>
        <translation>仅为预估：只有进行中和已完成的项目计入利润。</translation>
    </message>
    <message>
        <source>Projects ({n})</source>
        <translation>项目（{n}）</translation>
    </message>
    <message>
        <source>NPS history ({n})</source>
        <translation>NPS 记录（{n}）</translation>
    </message>
    <message>
        <source>Contacts ({n})</source>
        <translation>联系记录（{n}）</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD，可选</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>type a name, choose from the list</source>
        <translation>输入姓名，从列表中选择</translation>
    </message>
    <message>
        <source>Lunar calendar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Preferences, family, what matters to them…</source>
        <translation>喜好、家庭、在意的事……</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>编号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>推荐人(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation>设计师(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit customer — {name}</source>
        <translation>编辑客户 — {name}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This customer has changes that are not saved. Save them?</source>
        <translation>这位客户有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Someone else saved this customer while you were editing it.</source>
        <translation>在你编辑期间，有人保存了这位客户的资料。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Former staff member</source>
        <translation>前员工</translation>
    </message>
    <message>
        <source>{name} (no longer active)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>Search name, phone, e-mail or notes</source>
        <translation>搜索姓名、电话、邮箱或备注</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>按分群筛选</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>按等级筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Designer filter</source>
        <translation>按设计师筛选</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>按生命周期筛选</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>All but lost</source>
        <translation>流失客户除外</translation>
    </message>
    <message>
        <source>New: entered in the last 90 days, no job accepted yet. Sleeping: no job or contact for 18 months. Lost: marked lost with a reason. Active: everyone else.</source>
        <translation>新客户：近 90 天内录入，尚未接单。沉睡：18 个月没有项目也没有联系。流失：已标记为流失并注明原因。活跃：其余所有客户。</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>全部设计师</translation>
    </message>
</context>
<context>
    <name>CustomerPrivacy</name>
    <message>
        <source>Export customer data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <source>Everything held about {ref} is in {path}. It holds personal data: hand it to the customer securely and don&apos;t keep copies you don&apos;t need.</source>
        <translation>{ref} 的全部资料已导出到 {path}。文件含有个人信息：请以安全的方式交给客户，不需要的副本不要留存。</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Erased customer</source>
        <translation>已清除信息的客户</translation>
    </message>
    <message>
        <source>{ref}: personal data erased on request</source>
        <translation>{ref}：个人信息已应客户要求清除</translation>
    </message>
    <message>
        <source>lost customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
</context>
<context>
    <name>CustomersSection</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;survey answer</source>
        <translation>添加问卷回答(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>记录联系(&amp;L)</translation>
    </message>
    <message>
        <source>Add a new customer (Ctrl+N)</source>
        <translation>新建客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit the selected customer (Enter or F2)</source>
        <translation>编辑所选客户（Enter 或 F2）</translation>
    </message>
    <message>
        <source>Record a survey answer (Ctrl+R)</source>
        <translation>记录一条问卷回答（Ctrl+R）</translation>
    </message>
    <message>
        <source>Log a call, visit or message (Ctrl+L)</source>
        <translation>记录电话、拜访或消息（Ctrl+L）</translation>
    </message>
    <message>
        <source>E&amp;xport customer data…</source>
        <translation>导出客户数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation>清除客户信息…</translation>
    </message>
    <message>
        <source>Everything held about the selected customer, as a JSON file</source>
        <translation>将所选客户的全部资料导出为 JSON 文件</translation>
    </message>
    <message>
        <source>Remove the selected customer&apos;s personal data for good; the figures stay</source>
        <translation>永久删除所选客户的个人信息；统计数字保留</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} 位客户</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>已选择 {n} 位</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Your decision</source>
        <translation>你的决定</translation>
    </message>
    <message>
        <source>The recommendation is: {kind}.</source>
        <translation>建议：{kind}。</translation>
    </message>
    <message>
        <source>&amp;Accept the job</source>
        <translation>接下这个项目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline the job</source>
        <translation>婉拒这个项目(&amp;D)</translation>
    </message>
    <message>
        <source>A message to {name}</source>
        <translation>给 {name} 的消息</translation>
    </message>
    <message>
        <source>&amp;Refer them to another studio (optional):</source>
        <translation>推荐给其他工作室(&amp;R)（可选）：</translation>
    </message>
    <message>
        <source>Name of a studio you trust</source>
        <translation>你信得过的工作室名称</translation>
    </message>
    <message>
        <source>Drafted decline message</source>
        <translation>婉拒消息草稿</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>复制消息(&amp;C)</translation>
    </message>
    <message>
        <source>Copied. Paste it into WeChat or an e-mail.</source>
        <translation>已复制。可粘贴到微信或邮件中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why are you going against the recommendation?&lt;/b&gt; (required — the journal will show it again later)</source>
        <translation>&lt;b&gt;为什么不采纳建议？&lt;/b&gt;（必填——决策日志以后会再拿给你看）</translation>
    </message>
    <message>
        <source>What do you know that the figures do not?</source>
        <translation>有什么是你知道、而数字反映不出来的？</translation>
    </message>
    <message>
        <source>Which conditions did you set? (optional)</source>
        <translation>你设定了哪些条件？（可选）</translation>
    </message>
    <message>
        <source>Fee, scope, hours, timing…</source>
        <translation>收费、范围、工时、时间安排……</translation>
    </message>
    <message>
        <source>Anything to remember about this decision? (optional)</source>
        <translation>关于这个决定，有什么要记下的吗？（可选）</translation>
    </message>
    <message>
        <source>Choose one. Both are fine answers; the journal keeps either honest.</source>
        <translation>请选择一项。两个答案都可以；无论选哪个，决策日志都会让它经得起回看。</translation>
    </message>
    <message>
        <source>Recording it makes the job active. The journal will ask, when the job is completed or in six months, whether it was worth it.</source>
        <translation>记录后，项目即转为进行中。项目完成时或六个月后，决策日志会问你：值得吗？</translation>
    </message>
    <message>
        <source>Recording it marks the inquiry declined. Send the message below in your own time; a clear, kind no keeps the door open.</source>
        <translation>记录后，该询盘将标记为已婉拒。下面的消息可以择时发送；清楚而友善的拒绝，能为以后留下余地。</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Est. profit</source>
        <translation>预估利润</translation>
    </message>
    <message>
        <source>Est. margin</source>
        <translation>预估利润率</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Actual profit</source>
        <translation>实际利润</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Reviewed {date}</source>
        <translation>{date} 已复盘</translation>
    </message>
    <message>
        <source>Due: was it worth it?</source>
        <translation>待复盘：值得吗？</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>{date} 起复盘</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <source>Decision journal</source>
        <translation>决策日志</translation>
    </message>
    <message>
        <source>Every low-value job that went through the decline wizard: what was decided, why, and afterwards whether it was worth it.</source>
        <translation>每个经过婉拒向导的低价值项目：当时怎么决定、为什么，以及事后看是否值得。</translation>
    </message>
    <message>
        <source>Low-value jobs accepted</source>
        <translation>已接的低价值项目</translation>
    </message>
    <message>
        <source>…of them lost money</source>
        <translation>……其中亏损的</translation>
    </message>
    <message>
        <source>Profit given up by declining (est.)</source>
        <translation>婉拒放弃的利润（预估）</translation>
    </message>
    <message>
        <source>Profit won by accepting (actual)</source>
        <translation>接单赚到的利润（实际）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>复盘(&amp;R)…</translation>
    </message>
    <message>
        <source>Was it worth it? Compare the actual profit with the estimate.</source>
        <translation>值得吗？对比实际利润与预估。</translation>
    </message>
    <message>
        <source>Estimated at the time: {amount}</source>
        <translation>当时预估：{amount}</translation>
    </message>
    <message>
        <source>Reviews due: {count}. For each highlighted decision, ask yourself: was it worth it?</source>
        <translation>待复盘：{count} 项。对每一项高亮的决策，问问自己：值得吗？</translation>
    </message>
    <message>
        <source>Choose a decision to see the answers given at the time.</source>
        <translation>选择一项决策，查看当时的回答。</translation>
    </message>
    <message>
        <source>No decisions yet. They appear here when a low-value inquiry goes through the decline wizard.</source>
        <translation>还没有决策。低价值询盘经过婉拒向导后，会出现在这里。</translation>
    </message>
    <message>
        <source>&amp;Edit review…</source>
        <translation>编辑复盘(&amp;E)…</translation>
    </message>
    <message>
        <source>Recommended: {rec}. Decided on {date}: {decision}.</source>
        <translation>建议：{rec}。{date} 的决定：{decision}。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Review ({date}):</source>
        <translation>复盘（{date}）：</translation>
    </message>
    <message>
        <source>Review due: was it worth it? Use Review… below.</source>
        <translation>该复盘了：值得吗？请点下方的“复盘…”。</translation>
    </message>
    <message>
        <source>Answers at the time</source>
        <translation>当时的回答</translation>
    </message>
    <message>
        <source>No answers were stored.</source>
        <translation>没有保存回答。</translation>
    </message>
</context>
<context>
    <name>DeclineWizard</name>
    <message>
        <source>Decline wizard — {ref} {title}</source>
        <translation>婉拒向导 — {ref} {title}</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>记录决定(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>How alike the two records are, 0–100; 100 is an exact match.</source>
        <translation>两条记录的相似程度，0–100；100 表示完全相同。</translation>
    </message>
    <message>
        <source>{name}, customer {ref}</source>
        <translation>{name}，客户编号 {ref}</translation>
    </message>
    <message>
        <source>{reason} · marked as different people</source>
        <translation>{reason} · 已标记为不同的人</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Likely duplicate customers</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>不是同一人(&amp;N)</translation>
    </message>
    <message>
        <source>They are different people: do not offer this pair again</source>
        <translation>他们是不同的人：不再提示这一对</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>重新查找(&amp;S)</translation>
    </message>
    <message>
        <source>Show pairs marked as &amp;different people</source>
        <translation>显示已标记为不同的人的记录对(&amp;D)</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>The search for duplicates failed; the log file has the details.</source>
        <translation>查找重复客户失败；详情请查看日志文件。</translation>
    </message>
    <message>
        <source>No likely duplicates: no two customers share a phone number or an e-mail address, and no two names are nearly the same.</source>
        <translation>没有发现可能重复的客户：没有两位客户使用相同的电话号码或邮箱地址，也没有两个几乎相同的姓名。</translation>
    </message>
    <message>
        <source>1 pair of records may be the same customer. Merge it, or mark it “Not the same person” if they are different people.</source>
        <translation>有 1 对记录可能是同一位客户。请合并，如果是不同的人，请标记为“不是同一人”。</translation>
    </message>
    <message>
        <source>{n} pairs of records may be the same customer, the likeliest first. Choose a pair and merge it, or mark it “Not the same person” if they are different people.</source>
        <translation>有 {n} 对记录可能是同一位客户，可能性最大的排在最前。请选中一对后合并；如果是不同的人，请标记为“不是同一人”。</translation>
    </message>
    <message>
        <source>Take back the &amp;mark</source>
        <translation>撤销标记(&amp;M)</translation>
    </message>
    <message>
        <source>{a} and {b} are marked as different people.</source>
        <translation>已将 {a} 和 {b} 标记为不同的人。</translation>
    </message>
    <message>
        <source>{a} and {b} may be the same person again.</source>
        <translation>{a} 和 {b} 重新列为可能是同一人。</translation>
    </message>
    <message>
        <source>Merged {drop} into {keep}.</source>
        <translation>已将 {drop} 合并到 {keep}。</translation>
    </message>
</context>
<context>
    <name>EconomicsPage</name>
    <message>
        <source>The economics</source>
        <translation>算一算经济账</translation>
    </message>
    <message>
        <source>A small job is rarely cheap: it is paid for in hours.</source>
        <translation>小项目很少真的便宜：代价是工时。</translation>
    </message>
    <message>
        <source>Profit per hour</source>
        <translation>每工时利润</translation>
    </message>
    <message>
        <source>unknown: no hours estimated</source>
        <translation>未知：没有估算工时</translation>
    </message>
    <message>
        <source>over {count} accepted jobs started in the last 12 months</source>
        <translation>基于过去 12 个月开始的 {count} 个已接项目</translation>
    </message>
    <message>
        <source>no figure yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>no accepted job with hours started in the last 12 months</source>
        <translation>过去 12 个月没有开始过记有工时的已接项目</translation>
    </message>
    <message>
        <source>This job</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>{profit} profit over {hours} hours</source>
        <translation>{hours} 工时，利润 {profit}</translation>
    </message>
    <message>
        <source>Studio average</source>
        <translation>工作室平均</translation>
    </message>
    <message>
        <source>Hours taken from other work</source>
        <translation>从其他工作中挤占的工时</translation>
    </message>
    <message>
        <source>{hours} hours — about {weeks} working weeks of one designer.</source>
        <translation>{hours} 工时——约合一位设计师 {weeks} 个工作周。</translation>
    </message>
    <message>
        <source>Spent on the studio&apos;s usual work, the same hours would earn about {value}; this job earns {profit}, {gap} less.</source>
        <translation>同样的工时用在工作室的常规工作上，大约能赚 {value}；这个项目赚 {profit}，少 {gap}。</translation>
    </message>
    <message>
        <source>Spent on the studio&apos;s usual work, the same hours would earn about {value}; this job earns {profit}, no less.</source>
        <translation>同样的工时用在工作室的常规工作上，大约能赚 {value}；这个项目赚 {profit}，并不更少。</translation>
    </message>
    <message>
        <source>Those hours come from somewhere: from customers already waiting, or from the designers&apos; evenings.</source>
        <translation>这些工时总得从某处挤出来：要么来自已在等待的客户，要么来自设计师的晚上。</translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase customer — {name}</source>
        <translation>清除客户信息 — {name}</translation>
    </message>
    <message>
        <source>Erase all personal data of {name} ({ref})?</source>
        <translation>清除 {name}（{ref}）的全部个人信息吗？</translation>
    </message>
    <message>
        <source>Removed for good: the name, phone, e-mail, birthday and notes, and everything written about them — survey comments, contact summaries, complaint texts, project titles, project log texts and the decline-wizard answers on their jobs.</source>
        <translation>永久删除：姓名、电话、邮箱、生日和备注，以及所有关于这位客户的文字记录——问卷评语、联系摘要、投诉内容、项目名称、项目日志内容，以及其项目在婉拒向导中的回答。</translation>
    </message>
    <message>
        <source>Kept, without a name: the reference, their projects&apos; amounts, status and dates, survey scores, contact dates, complaint categories, tier, lost reason and referral links, so the segment grid, NPS and profit figures stay exactly as they are.</source>
        <translation>匿名保留：编号、其项目的金额、状态和日期、问卷评分、联系日期、投诉类别、等级、流失原因和推荐关系，因此分群矩阵、NPS 和利润数字都与原来完全一致。</translation>
    </message>
    <message>
        <source>This cannot be undone. Automatic backups made before now still hold the old data until they rotate out; delete any exported files or copies you keep elsewhere yourself.</source>
        <translation>此操作无法撤销。此前的自动备份在被轮换淘汰之前仍保留旧数据；你在别处保存的导出文件或副本，请自行删除。</translation>
    </message>
    <message>
        <source>Type the reference {ref} to confirm:</source>
        <translation>输入编号 {ref} 以确认：</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久清除</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>The facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>The job as it stands. Nothing is decided yet.</source>
        <translation>这个项目的现状。现在还什么都没决定。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Nobody: they found the studio on their own.</source>
        <translation>无：客户是自己找到工作室的。</translation>
    </message>
    <message>
        <source>Estimate against the job lines</source>
        <translation>预估与接单线对比</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>✗ below the line of {line}</source>
        <translation>✗ 低于标准线 {line}</translation>
    </message>
    <message>
        <source>✓ clears the line of {line}</source>
        <translation>✓ 达到标准线 {line}</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Studio load: active projects per designer</source>
        <translation>工作室负荷：每位设计师的进行中项目</translation>
    </message>
    <message>
        <source>No designers are set up yet.</source>
        <translation>尚未设置设计师。</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Would lead this job</source>
        <translation>将负责本项目</translation>
    </message>
    <message>
        <source>(this job)</source>
        <translation>（本项目）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>InlineEntry</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Studio CRM</source>
        <translation>登录 — Studio CRM</translation>
    </message>
    <message>
        <source>This studio uses staff accounts. Log in with your name and password.</source>
        <translation>本工作室启用了员工账户。请用你的姓名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>LostReasonsChart</name>
    <message>
        <source>Customers lost</source>
        <translation>流失客户数</translation>
    </message>
    <message>
        <source>Profit they had brought ({currency})</source>
        <translation>曾带来的利润（{currency}）</translation>
    </message>
    <message>
        <source>No customer has been marked lost.</source>
        <translation>还没有客户被标记为流失。</translation>
    </message>
    <message>
        <source>1 customer lost, who had brought {profit} {currency} in profit. Most often: {reason} ({count}).</source>
        <translation>已流失 1 位客户，曾带来利润 {profit} {currency}。原因：{reason}（{count} 位）。</translation>
    </message>
    <message>
        <source>{n} customers lost, who had brought {profit} {currency} in profit. Most often: {reason} ({count}).</source>
        <translation>已流失 {n} 位客户，他们曾带来利润 {profit} {currency}。最常见的原因：{reason}（{count} 位）。</translation>
    </message>
    <message>
        <source>1 customer lost. Most often: {reason} ({count}).</source>
        <translation>已流失 1 位客户。原因：{reason}（{count} 位）。</translation>
    </message>
    <message>
        <source>{n} customers lost. Most often: {reason} ({count}).</source>
        <translation>已流失 {n} 位客户。最常见的原因：{reason}（{count} 位）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{studio} — Studio CRM</source>
        <translation>{studio} — Studio CRM</translation>
    </message>
    <message>
        <source>The segments are for the studio owner.</source>
        <translation>客户分群仅供工作室负责人查看。</translation>
    </message>
    <message>
        <source>The decision journal is for the studio owner.</source>
        <translation>决策日志仅供工作室负责人查看。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>The list uses the studio&apos;s profit line of {amount}; save the trial line in Segments to use it everywhere.</source>
        <translation>列表使用工作室的利润线 {amount}；在“客户分群”中保存试用的利润线后，才会在各处生效。</translation>
    </message>
    <message>
        <source>Logged in: {name} ({role})</source>
        <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>暂无回答</translation>
    </message>
    <message>
        <source>NPS, last 12 months: {nps} ({n} answers)</source>
        <translation>近 12 个月 NPS：{nps}（{n} 份回答）</translation>
    </message>
    <message>
        <source>About Studio CRM</source>
        <translation>关于 Studio CRM</translation>
    </message>
    <message>
        <source>Studio CRM helps a design studio keep the customers who recommend it and bring it profit, and win more of them.</source>
        <translation>Studio CRM 帮助设计工作室留住那些愿意推荐它、又能带来利润的客户，并赢得更多这样的客户。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>These two records look like the same customer. The record that stays keeps the values chosen below and takes over everything of the other, which is then deleted.</source>
        <translation>这两条记录看起来是同一位客户。保留的记录将采用下面选定的值，并接管另一条记录的全部内容；另一条记录随后会被删除。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>This record stays</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <source>This record goes</source>
        <translation>将删除的记录</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation>设计师(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Lost</source>
        <translation>流失(&amp;L)</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>The same on both records.</source>
        <translation>两条记录相同。</translation>
    </message>
    <message>
        <source>&amp;Swap: keep {ref} instead</source>
        <translation>对调：改为保留 {ref}(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge into {ref}</source>
        <translation>合并到 {ref}(&amp;M)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{date} (lunar calendar)</source>
        <translation>{date}（农历）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>未流失</translation>
    </message>
    <message>
        <source>{reason}, since {date}</source>
        <translation>{reason}，自 {date} 起</translation>
    </message>
    <message>
        <source>Moving to {keep}: {items}. {drop} is then deleted.</source>
        <translation>将移到 {keep}：{items}。随后删除 {drop}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{drop} has no projects, answers, contacts, complaints or referrals to move; it is then deleted.</source>
        <translation>{drop} 没有需要移动的项目、问卷回答、联系记录、投诉或转介绍；随后会被删除。</translation>
    </message>
    <message>
        <source>{keep} becomes a customer since {date}, the earlier date.</source>
        <translation>{keep} 的成为客户日期改为 {date}，即两者中较早的日期。</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 个项目</translation>
    </message>
    <message>
        <source>{n} projects</source>
        <translation>{n} 个项目</translation>
    </message>
    <message>
        <source>1 decision</source>
        <translation>1 项决策</translation>
    </message>
    <message>
        <source>{n} decisions</source>
        <translation>{n} 项决策</translation>
    </message>
    <message>
        <source>1 survey answer</source>
        <translation>1 条问卷回答</translation>
    </message>
    <message>
        <source>{n} survey answers</source>
        <translation>{n} 条问卷回答</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 次联系</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 次联系</translation>
    </message>
    <message>
        <source>1 complaint</source>
        <translation>1 件投诉</translation>
    </message>
    <message>
        <source>{n} complaints</source>
        <translation>{n} 件投诉</translation>
    </message>
    <message>
        <source>1 referral</source>
        <translation>1 个转介绍</translation>
    </message>
    <message>
        <source>{n} referrals</source>
        <translation>{n} 个转介绍</translation>
    </message>
</context>
<context>
    <name>MovementPanel</name>
    <message>
        <source>Movement</source>
        <translation>分群变化</translation>
    </message>
    <message>
        <source>Segments on this date: the rows</source>
        <translation>行：该日期的客户分群</translation>
    </message>
    <message>
        <source>Segments on this date: the columns</source>
        <translation>列：该日期的客户分群</translation>
    </message>
    <message>
        <source>&amp;Rows: segment on</source>
        <translation>行(&amp;R)：分群日期</translation>
    </message>
    <message>
        <source>C&amp;olumns: segment on</source>
        <translation>列(&amp;O)：分群日期</translation>
    </message>
    <message>
        <source>Movement between segments</source>
        <translation>客户分群之间的变化</translation>
    </message>
    <message>
        <source>Rows: each customer&apos;s segment on the first date; columns: on the second. Double-click a count or press Enter to list those customers.</source>
        <translation>行：每位客户在第一个日期所属的分群；列：在第二个日期所属的分群。双击某个数字或按 Enter，即可列出这些客户。</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Into {segment}</source>
        <translation>转入 {segment}</translation>
    </message>
    <message>
        <source>Customers who were not {segment} on the first date and are on the second.</source>
        <translation>第一个日期不属于 {segment}、第二个日期属于该分群的客户。</translation>
    </message>
    <message>
        <source>Detractors on the first date who are passives or promoters on the second.</source>
        <translation>第一个日期为贬低型客户、第二个日期已成为消极型或推荐型客户的人。</translation>
    </message>
    <message>
        <source>Out of {segment}</source>
        <translation>流出 {segment}</translation>
    </message>
    <message>
        <source>Customers who were {segment} on the first date and are not on the second.</source>
        <translation>第一个日期属于 {segment}、第二个日期不再属于该分群的客户。</translation>
    </message>
    <message>
        <source>Referred by a promoter</source>
        <translation>由推荐型客户推荐</translation>
    </message>
    <message>
        <source>Of the customers created in the period, the share referred by a customer who was a promoter when they came.</source>
        <translation>本期新录入的客户中，推荐人在其加入时为推荐型客户的比例。</translation>
    </message>
    <message>
        <source>To let go</source>
        <translation>应放手</translation>
    </message>
    <message>
        <source>Customers in {segments} on the first date → on the second: fewer is better.</source>
        <translation>{segments} 的客户数，第一个日期 → 第二个日期：越少越好。</translation>
    </message>
    <message>
        <source>The total profit of today&apos;s {a} and {b} customers (how many in brackets): profitable, but not recommending the studio.</source>
        <translation>当前{a}与{b}的利润合计（括号内为人数）：他们能带来利润，却不推荐工作室。</translation>
    </message>
    <message>
        <source>{amount} {currency} ({n})</source>
        <translation>{amount} {currency}（{n}）</translation>
    </message>
    <message>
        <source>{share} % of {total}</source>
        <translation>{total} 位中的 {share}%</translation>
    </message>
    <message>
        <source>Detractors recovered</source>
        <translation>挽回的贬低型客户</translation>
    </message>
    <message>
        <source>Profit at risk now</source>
        <translation>当前有风险的利润</translation>
    </message>
    <message>
        <source>The first date must come before the second.</source>
        <translation>第一个日期必须早于第二个日期。</translation>
    </message>
    <message>
        <source>Previous period: {first} → {last}</source>
        <translation>上期：{first} → {last}</translation>
    </message>
    <message>
        <source>no new customers</source>
        <translation>没有新客户</translation>
    </message>
</context>
<context>
    <name>MovementTableModel</name>
    <message>
        <source>{segment} on {day}: {n} customers</source>
        <translation>{day} 时为 {segment}：{n} 位客户</translation>
    </message>
    <message>
        <source>{n} customers: {first} on {first_day}, {second} on {second_day}.</source>
        <translation>{n} 位客户：{first_day} 时为 {first}，{second_day} 时为 {second}。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to list them.</source>
        <translation>双击或按 Enter，列出这些客户。</translation>
    </message>
</context>
<context>
    <name>NpsSection</name>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>&amp;Rolling 3 months</source>
        <translation>滚动 3 个月(&amp;R)</translation>
    </message>
    <message>
        <source>The NPS of all responses of the three months ending at each month.</source>
        <translation>截至每个月的最近三个月内全部问卷回答的 NPS。</translation>
    </message>
    <message>
        <source>&amp;Margin of error</source>
        <translation>误差范围(&amp;M)</translation>
    </message>
    <message>
        <source>The 95 % margin of error around each period&apos;s NPS.</source>
        <translation>每个周期 NPS 的 95% 误差范围。</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>导出 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>设计师(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind of job:</source>
        <translation>项目类型(&amp;K)：</translation>
    </message>
    <message>
        <source>NPS trend chart</source>
        <translation>NPS 趋势图</translation>
    </message>
    <message>
        <source>Point at a period to see its exact figures.</source>
        <translation>将鼠标指向某个周期，可查看具体数字。</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>全部设计师</translation>
    </message>
    <message>
        <source>All kinds of job</source>
        <translation>全部项目类型</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>NPS {nps} from {n} responses, {first} to {last}</source>
        <translation>{first} 至 {last}：NPS {nps}，共 {n} 份问卷回答</translation>
    </message>
    <message>
        <source>No survey responses from {first} to {last}</source>
        <translation>{first} 至 {last} 没有问卷回答</translation>
    </message>
    <message>
        <source>{period}: no responses</source>
        <translation>{period}：没有回答</translation>
    </message>
    <message>
        <source>{period}: NPS {nps} ± {moe} · {n} responses: {p} promoters, {pa} passives, {d} detractors</source>
        <translation>{period}：NPS {nps} ± {moe} · {n} 份回答：推荐型客户 {p}，消极型客户 {pa}，贬低型客户 {d}</translation>
    </message>
    <message>
        <source> · rolling 3 months: {nps}</source>
        <translation> · 滚动 3 个月：{nps}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the NPS chart</source>
        <translation>导出 NPS 图表</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Export the NPS figures</source>
        <translation>导出 NPS 数据</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>OddsPage</name>
    <message>
        <source>Repeat and referral odds</source>
        <translation>回头与转介绍的可能性</translation>
    </message>
    <message>
        <source>The hope of more work, checked against the record.</source>
        <translation>“以后还会有活”的期望，拿记录来核对一下。</translation>
    </message>
    <message>
        <source>{name}&apos;s history with the studio</source>
        <translation>{name} 与工作室的往来</translation>
    </message>
    <message>
        <source>This would be their first job with the studio.</source>
        <translation>这将是对方与工作室的第一个项目。</translation>
    </message>
    <message>
        <source>How often customers come back</source>
        <translation>客户回头的频率</translation>
    </message>
    <message>
        <source>Of the {customers} customers whose first job began at least a year ago, {returned} started another job within 12 months: {share}.</source>
        <translation>首个项目开始于一年以前的 {customers} 位客户中，有 {returned} 位在 12 个月内开始了新项目：占 {share}。</translation>
    </message>
    <message>
        <source>There is not enough history yet to say how often customers come back.</source>
        <translation>历史记录还不够，尚无法判断客户回头的频率。</translation>
    </message>
    <message>
        <source>The referrer&apos;s value</source>
        <translation>推荐人的价值</translation>
    </message>
    <message>
        <source>Nobody referred this customer, so no referrer&apos;s goodwill is at stake.</source>
        <translation>这位客户没有推荐人，因此不涉及推荐人的情面。</translation>
    </message>
    <message>
        <source>{name} — customers referred: {count}, their profit {profit}.</source>
        <translation>{name}——推荐的客户：{count} 位，其利润 {profit}。</translation>
    </message>
    <message>
        <source>Not counting {customer}: {count} customers, {profit}.</source>
        <translation>不计 {customer}：{count} 位客户，{profit}。</translation>
    </message>
    <message>
        <source>{customer} is the only customer they have referred.</source>
        <translation>{customer} 是其推荐过的唯一一位客户。</translation>
    </message>
    <message>
        <source>A poor job often feels worth it because of the work it might bring later. These figures say how often that has happened here.</source>
        <translation>不划算的项目常常让人觉得值得，因为它也许会带来以后的生意。这些数字告诉你，这种事在这里实际发生过多少次。</translation>
    </message>
</context>
<context>
    <name>OverdueComplaintDelegate</name>
    <message>
        <source>This customer has an overdue complaint.</source>
        <translation>这位客户有已逾期的投诉。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Every row is checked against the file and the customers already here. Nothing is written until you press Import.</source>
        <translation>每一行都会对照文件和已有客户进行检查。按下“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Customers already here (same ref, phone or e-mail):</source>
        <translation>已存在的客户（编号、电话或邮箱相同）：</translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation>用文件内容更新这些客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>不导入这些客户(&amp;L)</translation>
    </message>
    <message>
        <source>Import as &amp;new customers</source>
        <translation>作为新客户导入(&amp;N)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>数据行</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>重新读取文件(&amp;R)</translation>
    </message>
    <message>
        <source>After correcting the file in your spreadsheet program</source>
        <translation>在电子表格程序中改正文件后使用</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>updates the customer</source>
        <translation>更新客户</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>same ref</source>
        <translation>编号相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>{action} ({way})</source>
        <translation>{action}（{way}）</translation>
    </message>
    <message>
        <source>Problems: {count}</source>
        <translation>问题：{count}</translation>
    </message>
    <message>
        <source>Rows: {rows} — {new} new, {updated} to update, {skipped} left out.</source>
        <translation>共 {rows} 行——新建 {new} 条，待更新 {updated} 条，不导入 {skipped} 条。</translation>
    </message>
    <message>
        <source>1 row has problems.</source>
        <translation>有 1 行存在问题。</translation>
    </message>
    <message>
        <source>{count} rows have problems.</source>
        <translation>有 {count} 行存在问题。</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is right: correct the file and read it again, or go back and choose other columns.</source>
        <translation>所有行都正确后才会导入：请改正文件后重新读取，或返回上一步重新选择列。</translation>
    </message>
    <message>
        <source>Every row is fine; Import writes them all.</source>
        <translation>所有行都没有问题；点击“导入”即可全部写入。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported {file}: {what}</source>
        <translation>已导入 {file}：{what}</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project form</source>
        <translation>项目表单</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Edit project {ref}</source>
        <translation>编辑项目 {ref}</translation>
    </message>
    <message>
        <source>Customer reference or name</source>
        <translation>客户编号或姓名</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>编号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind of job</source>
        <translation>项目类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fee / revenue ({currency})</source>
        <translation>收费 / 收入(&amp;F)（{currency}）</translation>
    </message>
    <message>
        <source>C&amp;ost ({currency})</source>
        <translation>成本(&amp;O)（{currency}）</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>工时(&amp;H)</translation>
    </message>
    <message>
        <source>St&amp;arted</source>
        <translation>开始日期(&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;inished</source>
        <translation>完成日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation>设计师(&amp;D)</translation>
    </message>
    <message>
        <source>Former staff member</source>
        <translation>前员工</translation>
    </message>
    <message>
        <source>Use Accept job to make an inquiry active.</source>
        <translation>请用“接单”把询盘转为进行中。</translation>
    </message>
    <message>
        <source>estimated profit {profit} is below {line} {currency}</source>
        <translation>预估利润 {profit} 低于 {line} {currency}</translation>
    </message>
    <message>
        <source>margin {margin} % is below {line} %</source>
        <translation>利润率 {margin}% 低于 {line}%</translation>
    </message>
    <message>
        <source>there is no fee, so no margin</source>
        <translation>没有收费，无法计算利润率</translation>
    </message>
    <message>
        <source>Low value: {reasons}.</source>
        <translation>低价值：{reasons}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Someone else saved this project while you were editing it.</source>
        <translation>在你编辑期间，有人保存了这个项目。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fee / revenue</source>
        <translation>收费 / 收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard your changes to this project?</source>
        <translation>放弃对这个项目的更改？</translation>
    </message>
</context>
<context>
    <name>ProjectLogModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>设计师</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last client update</source>
        <translation>最近进展同步</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Update due</source>
        <translation>待同步进展</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低价值</translation>
    </message>
    <message>
        <source>No client update yet: send the client an update.</source>
        <translation>尚未向客户同步进展：请给客户发一次进展。</translation>
    </message>
    <message>
        <source>No client update for {days} days: send the client an update.</source>
        <translation>已 {days} 天未向客户同步进展：请给客户发一次进展。</translation>
    </message>
    <message>
        <source>Low-value job: the estimate is below the studio&apos;s minimum profit or margin. Accepting it goes through the decline wizard.</source>
        <translation>低价值项目：预估低于工作室的最低利润或最低利润率。接单需经过婉拒向导。</translation>
    </message>
</context>
<context>
    <name>ProjectsSection</name>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Accept job</source>
        <translation>接单(&amp;A)</translation>
    </message>
    <message>
        <source>Make the selected inquiry an active job</source>
        <translation>把所选询盘转为进行中的项目</translation>
    </message>
    <message>
        <source>New project &amp;log entry</source>
        <translation>新建项目日志(&amp;L)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Designer filter</source>
        <translation>按设计师筛选</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Search ref, title or customer</source>
        <translation>搜索编号、名称或客户</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Designer:</source>
        <translation>设计师(&amp;D)：</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project log</source>
        <translation>项目日志</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>日志类型</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>新建日志</translation>
    </message>
    <message>
        <source>New entry for today: type and press Enter (Ctrl+E)</source>
        <translation>今天的新日志：输入后按 Enter（Ctrl+E）</translation>
    </message>
    <message>
        <source>All designers</source>
        <translation>全部设计师</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} 个项目</translation>
    </message>
    <message>
        <source>Choose a project to see its log.</source>
        <translation>选择一个项目，即可查看其日志。</translation>
    </message>
    <message>
        <source>Log of {ref} — {title} ({customer})</source>
        <translation>{ref} — {title}（{customer}）的日志</translation>
    </message>
    <message>
        <source>Choose a project first, then type its log entry.</source>
        <translation>请先选择项目，再输入日志内容。</translation>
    </message>
    <message>
        <source>Type the entry first, then press Enter.</source>
        <translation>请先输入内容，再按 Enter。</translation>
    </message>
    <message>
        <source>{ref} is now an active job.</source>
        <translation>{ref} 已转为进行中的项目。</translation>
    </message>
    <message>
        <source>The decision is in the decision journal.</source>
        <translation>该决定已记入决策日志。</translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>Five questions before deciding</source>
        <translation>做决定之前的五个问题</translation>
    </message>
    <message>
        <source>A sentence for each is enough.</source>
        <translation>每题写一句话就够了。</translation>
    </message>
    <message>
        <source>Saying no feels like a loss even when it is not one. Answer each question honestly, before looking at the advice.</source>
        <translation>说“不”总让人觉得有所损失，即使其实并没有。请在看建议之前，诚实地回答每个问题。</translation>
    </message>
</context>
<context>
    <name>RecommendationPage</name>
    <message>
        <source>The recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Advice from the studio&apos;s own figures; the decision stays yours.</source>
        <translation>建议来自工作室自己的数据；决定权仍在你手里。</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>If you decide otherwise, say why on the next page. The journal will ask later whether it was worth it.</source>
        <translation>如果你做出不同的决定，请在下一页写明理由。决策日志以后会问你：值得吗？</translation>
    </message>
</context>
<context>
    <name>ReminderTreeModel</name>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>{title} · {mark} {n} overdue</source>
        <translation>{title} · {mark} 已逾期 {n} 条</translation>
    </message>
    <message>
        <source>{title} · the first {n} shown; the next move up as these are cleared</source>
        <translation>{title} · 仅显示前 {n} 条；处理完后，后面的会依次补上</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Greet 1 customer</source>
        <translation>问候 1 位客户</translation>
    </message>
    <message>
        <source>Greet {n} customers</source>
        <translation>问候 {n} 位客户</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Segment report</source>
        <translation>客户分群报告</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>今年至今</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>NPS counts the answers given in the period; the segments are as of today.</source>
        <translation>NPS 统计该时间段内的问卷回答；客户分群以今天为准。</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Segment report — print preview</source>
        <translation>客户分群报告 — 打印预览</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>ResolvePanel</name>
    <message>
        <source>What was done about it</source>
        <translation>采取了哪些处理</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Satisfaction afterwards</source>
        <translation>处理后满意度</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Satisfaction (0–10, optional)</source>
        <translation>满意度（0–10，可选）</translation>
    </message>
    <message>
        <source>Choose a complaint to resolve it.</source>
        <translation>选择一条投诉，即可处理。</translation>
    </message>
    <message>
        <source>Resolved on {date}.</source>
        <translation>已于 {date} 解决。</translation>
    </message>
    <message>
        <source>Resolve: {customer} — {summary}</source>
        <translation>处理投诉：{customer} — {summary}</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Someone else changed this complaint while you were resolving it.</source>
        <translation>在你处理期间，有人修改了这条投诉。</translation>
    </message>
</context>
<context>
    <name>ResponseEntry</name>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>What did they say? (optional)</source>
        <translation>客户说了什么？（可选）</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>添加回答</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Was it worth it? — {ref}</source>
        <translation>值得吗？— {ref}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{ref} · {title}&lt;/b&gt; for {customer}, decided {date}</source>
        <translation>&lt;b&gt;{ref} · {title}&lt;/b&gt;，客户：{customer}，{date} 决定</translation>
    </message>
    <message>
        <source>Your reason then: {reason}</source>
        <translation>你当时的理由：{reason}</translation>
    </message>
    <message>
        <source>&amp;Looking back, was it worth it? Why?</source>
        <translation>回头看，值得吗？为什么？(&amp;L)</translation>
    </message>
    <message>
        <source>Estimated profit</source>
        <translation>预估利润</translation>
    </message>
    <message>
        <source>Actual profit</source>
        <translation>实际利润</translation>
    </message>
    <message>
        <source>Actual profit so far</source>
        <translation>目前的实际利润</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>You declined it; those hours went to other work instead.</source>
        <translation>你婉拒了它；那些工时用在了其他工作上。</translation>
    </message>
    <message>
        <source>The job lost money.</source>
        <translation>这个项目亏损了。</translation>
    </message>
    <message>
        <source>The job earned less than estimated.</source>
        <translation>这个项目赚得比预估少。</translation>
    </message>
    <message>
        <source>The job earned at least what was estimated.</source>
        <translation>这个项目至少赚到了预估的利润。</translation>
    </message>
    <message>
        <source>Was it worth it?</source>
        <translation>值得吗？</translation>
    </message>
    <message>
        <source>Someone else reviewed this decision while you were writing.</source>
        <translation>在你填写期间，有人已复盘了这项决策。</translation>
    </message>
</context>
<context>
    <name>SegmentTile</name>
    <message>
        <source>customer</source>
        <translation>位客户</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>位客户</translation>
    </message>
    <message>
        <source>{share} % of all customers</source>
        <translation>占全部客户的 {share}%</translation>
    </message>
    <message>
        <source>no customers yet</source>
        <translation>暂无客户</translation>
    </message>
    <message>
        <source>Profit: {amount} {currency}</source>
        <translation>利润：{amount} {currency}</translation>
    </message>
    <message>
        <source>{name}: {count} customers ({share}), profit {amount} {currency}. {action}: {hint}</source>
        <translation>{name}：{count} 位客户（{share}），利润 {amount} {currency}。{action}：{hint}</translation>
    </message>
    <message>
        <source>Click or press Enter to list these customers.</source>
        <translation>单击或按 Enter，列出这些客户。</translation>
    </message>
</context>
<context>
    <name>SegmentsSection</name>
    <message>
        <source>Profit line</source>
        <translation>利润线</translation>
    </message>
    <message>
        <source>&amp;Profit line:</source>
        <translation>利润线(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as the studio&apos;s line</source>
        <translation>设为工作室利润线(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use the studio&apos;s line</source>
        <translation>恢复工作室利润线(&amp;U)</translation>
    </message>
    <message>
        <source>Customer segments: recommendation × profit</source>
        <translation>客户分群：推荐意愿 × 利润</translation>
    </message>
    <message>
        <source>{name} ({low}–{high})</source>
        <translation>{name}（{low}–{high}）</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Customers whose accepted jobs earned at least this much count as profitable (+).</source>
        <translation>已接项目的利润不低于此金额的客户，计为盈利（+）。</translation>
    </message>
    <message>
        <source>Trying a line: the studio&apos;s line stays {amount} {currency} until you save.</source>
        <translation>正在试用利润线：保存之前，工作室利润线仍为 {amount} {currency}。</translation>
    </message>
    <message>
        <source>+ {name}
≥ {amount} {currency}</source>
        <translation>+ {name}
≥ {amount} {currency}</translation>
    </message>
    <message>
        <source>− {name}
&lt; {amount} {currency}</source>
        <translation>− {name}
&lt; {amount} {currency}</translation>
    </message>
    <message>
        <source>{total} customers, {rated} of them rated.</source>
        <translation>共 {total} 位客户，其中 {rated} 位已评分。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Customers whose accepted jobs earned at least this much are profitable (+).</source>
        <translation>已接项目的利润不低于此金额的客户为盈利（+）。</translation>
    </message>
    <message>
        <source>An inquiry estimated to earn less is a low-value job.</source>
        <translation>预估利润低于此金额的询盘为低价值项目。</translation>
    </message>
    <message>
        <source>An inquiry with a lower estimated margin is a low-value job.</source>
        <translation>预估利润率低于此值的询盘为低价值项目。</translation>
    </message>
    <message>
        <source>Studio &amp;name</source>
        <translation>工作室名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>货币(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Profit line ({currency})</source>
        <translation>利润线(&amp;P)（{currency}）</translation>
    </message>
    <message>
        <source>Job minimum p&amp;rofit ({currency})</source>
        <translation>项目最低利润(&amp;R)（{currency}）</translation>
    </message>
    <message>
        <source>Job minimum &amp;margin (%)</source>
        <translation>项目最低利润率(&amp;M)（%）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Reminders and complaints</source>
        <translation>提醒与投诉</translation>
    </message>
    <message>
        <source>Type an amount, such as 20000 or 20000.50.</source>
        <translation>请输入金额，例如 20000 或 20000.50。</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100, such as 15.</source>
        <translation>请输入 0 到 100 之间的百分比，例如 15。</translation>
    </message>
    <message>
        <source>Type the currency, such as CNY.</source>
        <translation>请输入货币代码，例如 CNY。</translation>
    </message>
    <message>
        <source>Someone else saved the studio settings while you were editing them.</source>
        <translation>在你编辑期间，有人保存了工作室设置。</translation>
    </message>
    <message>
        <source>Someone else saved the reminder and complaint settings while you were editing them.</source>
        <translation>在你编辑期间，有人保存了提醒与投诉设置。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with one header row, as Excel saves it (UTF-8 or Chinese GBK). Its headers may be your own, in English or Chinese: the next step matches them.</source>
        <translation>带一行表头的 .csv 或 .xlsx 文件，按 Excel 保存的样子即可（UTF-8 或中文 GBK 编码均可）。表头可以按你自己的习惯用中文或英文填写：下一步会进行匹配。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>电子表格 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>StaffAccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>Turn accounts on</source>
        <translation>开启员工账户</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>开启(&amp;O)</translation>
    </message>
    <message>
        <source>Give an owner&apos;s name and password: that owner stays logged in.</source>
        <translation>请输入一位负责人的姓名和密码：开启后，这位负责人保持登录。</translation>
    </message>
    <message>
        <source>Owner&apos;s name:</source>
        <translation>负责人姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Turn accounts o&amp;ff</source>
        <translation>关闭员工账户(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>New password (8 characters or more)</source>
        <translation>新密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>设置密码(&amp;P)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Optional; can be set later</source>
        <translation>可选，也可以以后再设</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Staff accounts are on: everyone logs in, and staff do not see revenue, cost or profit, nor change settings.</source>
        <translation>员工账户已开启：每个人都要登录；员工看不到收入、成本和利润，也不能更改设置。</translation>
    </message>
    <message>
        <source>Staff accounts are off: whoever opens this database is treated as the owner.</source>
        <translation>员工账户已关闭：任何打开这个数据库的人都视为负责人。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Make &amp;staff</source>
        <translation>设为员工(&amp;S)</translation>
    </message>
    <message>
        <source>Make &amp;owner</source>
        <translation>设为负责人(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} 现在是{role}。</translation>
    </message>
    <message>
        <source>{name} can no longer log in.</source>
        <translation>{name} 已不能再登录。</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
        <source>The password of {name} was set.</source>
        <translation>已设置 {name} 的密码。</translation>
    </message>
    <message>
        <source>Staff accounts are on; you are logged in as {name}.</source>
        <translation>员工账户已开启；你已作为 {name} 登录。</translation>
    </message>
    <message>
        <source>Staff accounts are off.</source>
        <translation>员工账户已关闭。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Enter or D: done · S: snooze · L: log the contact now · ↑↓: move · →: open a festival&apos;s list</source>
        <translation>Enter 或 D：完成 · S：稍后提醒 · L：立即记录联系 · ↑↓：移动 · →：展开节日名单</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>推迟到明天(&amp;T)</translation>
    </message>
    <message>
        <source>For a &amp;week</source>
        <translation>推迟一周(&amp;W)</translation>
    </message>
    <message>
        <source>Log a contact with {name} — {what}. Enter saves, Esc cancels.</source>
        <translation>记录与 {name} 的联系——{what}。按 Enter 保存，Esc 取消。</translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <source>{festival} greetings</source>
        <translation>{festival}问候</translation>
    </message>
    <message>
        <source>Follow-up after the project</source>
        <translation>项目完工后跟进</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>今天没有待办事项。</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation>{n} 条提醒</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 条提醒</translation>
    </message>
    <message>
        <source>{mark} {n} overdue</source>
        <translation>{mark} 已逾期 {n} 条</translation>
    </message>
    <message>
        <source>{n} due today</source>
        <translation>今天到期 {n} 条</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>员工账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>操作日志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>New c&amp;omplaint…</source>
        <translation>新建投诉(&amp;O)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate customers…</source>
        <translation>重复客户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>客户分群(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;NPS</source>
        <translation>NPS(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>决策(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;are</source>
        <translation>客户关怀(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Studio CRM</source>
        <translation>关于 Studio CRM(&amp;A)</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <source>No accepted jobs yet.</source>
        <translation>还没有已接项目。</translation>
    </message>
    <message>
        <source>Accepted jobs: {count} · profit {profit}</source>
        <translation>已接项目：{count} 个 · 利润 {profit}</translation>
    </message>
    <message>
        <source>Customers referred: {count} · their profit {profit}</source>
        <translation>推荐的客户：{count} 位 · 其利润 {profit}</translation>
    </message>
</context>
<context>
    <name>care_labels</name>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Festivals</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>After-project follow-ups</source>
        <translation>项目完工后跟进</translation>
    </message>
    <message>
        <source>Complaints due</source>
        <translation>投诉到期</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Construction quality</source>
        <translation>施工质量</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>High</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>Overdue {n} days</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>{n} 天后</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95 % margin of error</source>
        <translation>95% 误差范围</translation>
    </message>
    <message>
        <source>Rolling 3 months</source>
        <translation>滚动 3 个月</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐型客户（9–10）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>消极型客户（7–8）</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬低型客户（0–6）</translation>
    </message>
    <message>
        <source>No survey responses in this range</source>
        <translation>此范围内没有问卷回答</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>&apos;{kind}&apos; cannot be imported; choose customers, projects or responses.</source>
        <translation>无法导入“{kind}”；请选择 customers（客户）、projects（项目）或 responses（问卷回答）。</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of contact</source>
        <translation>“{kind}”不是有效的联系方式</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of log entry</source>
        <translation>“{kind}”不是有效的日志类型</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already has an account</source>
        <translation>“{name}”已有账户</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is already another customer&apos;s reference</source>
        <translation>“{ref}”已是另一位客户的编号</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is already another project&apos;s reference</source>
        <translation>“{ref}”已是另一个项目的编号</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither accept nor decline</source>
        <translation>“{value}”既不是 accept 也不是 decline</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither owner nor staff</source>
        <translation>“{value}”既不是 owner（负责人）也不是 staff（员工）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a category</source>
        <translation>“{value}”不是有效的类别</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or D.M.YYYY)</source>
        <translation>“{value}”不是有效的日期（请使用 YYYY-MM-DD、YYYY/M/D、YYYY年M月D日 或 D.M.YYYY）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>“{value}”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of hours</source>
        <translation>“{value}”不是有效的工时数</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>“{value}”不是有效的电话号码</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a reason</source>
        <translation>“{value}”不是有效的原因</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a reason a customer can be lost for.</source>
        <translation>“{value}”不是有效的客户流失原因。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a segment.</source>
        <translation>“{value}”不是有效的客户分群。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a severity</source>
        <translation>“{value}”不是有效的严重程度</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status ({choices})</source>
        <translation>“{value}”不是有效的状态（{choices}）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tier (A, B or C)</source>
        <translation>“{value}”不是有效的等级（A、B 或 C）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tier (A, B or C).</source>
        <translation>“{value}”不是有效的等级（A、B 或 C）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a tier.</source>
        <translation>“{value}”不是有效的等级。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number from 0 to 10</source>
        <translation>“{value}”不是 0 到 10 之间的整数</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>“{value}”不是有效的金额</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address</source>
        <translation>“{value}”不是有效的邮箱地址</translation>
    </message>
    <message>
        <source>A check-in cadence must be between 0 and {n} days.</source>
        <translation>回访周期必须在 0 到 {n} 天之间。</translation>
    </message>
    <message>
        <source>A complaint deadline must be between 0 and {n} days.</source>
        <translation>投诉处理期限必须在 0 到 {n} 天之间。</translation>
    </message>
    <message>
        <source>A customer cannot be marked as different from themself.</source>
        <translation>不能把客户标记为与自己不同的人。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself; choose two different customers.</source>
        <translation>客户不能与自己合并；请选择两位不同的客户。</translation>
    </message>
    <message>
        <source>A database cannot be backed up onto itself.</source>
        <translation>不能把数据库备份到它自身。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>不能用数据库自身来恢复它。</translation>
    </message>
    <message>
        <source>A database kept in memory has no file to back up.</source>
        <translation>内存中的数据库没有可备份的文件。</translation>
    </message>
    <message>
        <source>A fee of {fee} for the same work would clear both lines.</source>
        <translation>同样的工作，如果收费 {fee}，就能达到两条接单线。</translation>
    </message>
    <message>
        <source>A password can have at most {n} characters.</source>
        <translation>密码最多只能有 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Accept only on conditions you write down: a fixed scope and hours, a fee nearer the line, and a schedule where no profitable customer&apos;s work waits.</source>
        <translation>只在写明条件的前提下接单：固定的范围和工时、更接近接单线的收费，以及不让任何盈利客户的工作因此等待的排期。</translation>
    </message>
    <message>
        <source>Accounts are on, so the studio needs at least one active owner with a password; make someone else an owner first.</source>
        <translation>员工账户已开启，工作室至少需要一位已启用且设有密码的负责人；请先把其他人设为负责人。</translation>
    </message>
    <message>
        <source>Accounts can be turned on only with an active owner&apos;s name and password.</source>
        <translation>必须提供一位已启用负责人的姓名和密码，才能开启员工账户。</translation>
    </message>
    <message>
        <source>Answer as you would for a friend who runs another studio.</source>
        <translation>就当是在替一位经营另一家工作室的朋友回答。</translation>
    </message>
    <message>
        <source>At this estimate the job loses {loss}; goodwill does not pay for that.</source>
        <translation>按这个预估，项目会亏损 {loss}；人情填补不了这笔亏空。</translation>
    </message>
    <message>
        <source>Backed up {db} to {out}.</source>
        <translation>已将 {db} 备份到 {out}。</translation>
    </message>
    <message>
        <source>Besides {name}, the customers {referrer} referred have brought {profit}; their goodwill counts.</source>
        <translation>除 {name} 外，{referrer} 推荐的客户已带来 {profit}；这份情谊值得重视。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Choose at least one thing to change: tier, designer or lost reason.</source>
        <translation>请至少选择一项要修改的内容：等级、设计师或流失原因。</translation>
    </message>
    <message>
        <source>Choose the column that holds {field}.</source>
        <translation>请选择{field}所在的列。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Could not create the backup folder {folder}: {reason}.</source>
        <translation>无法创建备份文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Each hour on this job earns {job}, against the studio&apos;s average of {avg}.</source>
        <translation>这个项目每工时赚 {job}，而工作室的平均值是 {avg}。</translation>
    </message>
    <message>
        <source>Erasing {ref} cannot be undone; add --yes to go ahead.</source>
        <translation>清除 {ref} 后无法撤销；确定要执行，请加上 --yes。</translation>
    </message>
    <message>
        <source>Estimated margin {margin} is below the job line of {line}.</source>
        <translation>预估利润率 {margin} 低于接单线 {line}。</translation>
    </message>
    <message>
        <source>Estimated profit {profit} is below the job line of {line}.</source>
        <translation>预估利润 {profit} 低于接单线 {line}。</translation>
    </message>
    <message>
        <source>Everything held about {ref} is in {file}.</source>
        <translation>{ref} 的全部资料已导出到 {file}。</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>If nobody had asked you personally, would you go after this job?</source>
        <translation>如果不是有人亲自来托你，你会主动去争取这个项目吗？</translation>
    </message>
    <message>
        <source>Imagine it arrived as an anonymous inquiry.</source>
        <translation>设想它只是一条陌生人发来的询盘。</translation>
    </message>
    <message>
        <source>Is there a third way: refer it on, offer a fixed-scope consultation, or raise the fee to the line?</source>
        <translation>有没有第三条路：转给别的工作室、提供限定范围的咨询，或把收费提高到接单线？</translation>
    </message>
    <message>
        <source>Kind regards,
{studio}</source>
        <translation>祝好！
{studio}</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Log in first to change your password.</source>
        <translation>请先登录，再修改密码。</translation>
    </message>
    <message>
        <source>Merged {drop} into {keep}: {projects} projects, {responses} survey answers, {interactions} contacts, {complaints} complaints and {referrals} referrals moved.</source>
        <translation>已将 {drop} 合并到 {keep}：移动了 {projects} 个项目、{responses} 条问卷回答、{interactions} 次联系、{complaints} 条投诉和 {referrals} 个转介绍。</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name the loss: a favour, a face, a portfolio piece, a future job.</source>
        <translation>把损失说具体：一份人情、一点面子、一件作品，还是一个将来的项目？</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>One of these customers no longer exists.</source>
        <translation>其中一位客户已不存在。</translation>
    </message>
    <message>
        <source>Only an inquiry can be accepted; {ref} is no longer one.</source>
        <translation>只有询盘才能接单；{ref} 已不再是询盘。</translation>
    </message>
    <message>
        <source>Only an inquiry can be decided on; {ref} is no longer one.</source>
        <translation>只有询盘才能做决定；{ref} 已不再是询盘。</translation>
    </message>
    <message>
        <source>Only the studio owner can {action}.</source>
        <translation>只有工作室负责人才能{action}。</translation>
    </message>
    <message>
        <source>Only {share} of customers came back within 12 months of their first job: a repeat is a hope, not a plan.</source>
        <translation>只有 {share} 的客户在首个项目后 12 个月内回头：回头单只是希望，不是计划。</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Restored {db} from {file}.</source>
        <translation>已从 {file} 恢复 {db}。</translation>
    </message>
    <message>
        <source>Restored {db} from {file}; the data it replaced is kept in {copy}.</source>
        <translation>已从 {file} 恢复 {db}；被替换的数据保存在 {copy}。</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Select at least one customer to change.</source>
        <translation>请至少选择一位要修改的客户。</translation>
    </message>
    <message>
        <source>Someone else changed project {ref} in the meantime; nothing was overwritten.</source>
        <translation>在此期间有人修改了项目 {ref}；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Someone else changed the reminder and complaint settings since you opened them; nothing was overwritten.</source>
        <translation>在你打开之后，有人修改了提醒与投诉设置；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Someone else changed the studio settings since you opened them; nothing was overwritten.</source>
        <translation>在你打开之后，有人修改了工作室设置；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint since you opened it; nothing was overwritten.</source>
        <translation>在你打开之后，有人修改了这条投诉；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Someone else changed this customer since you opened it; nothing was overwritten.</source>
        <translation>在你打开之后，有人修改了这位客户的资料；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Someone else reviewed this decision since you opened it; nothing was overwritten.</source>
        <translation>在你打开之后，有人复盘了这项决策；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>Someone else saved {ref} since it was shown; look at the values again before merging.</source>
        <translation>在显示之后，有人保存了 {ref}；请在合并前重新核对各项值。</translation>
    </message>
    <message>
        <source>Something between a plain yes and a plain no.</source>
        <translation>介于干脆答应和干脆拒绝之间的做法。</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Staff accounts are on: give your name with --user NAME.</source>
        <translation>员工账户已开启：请用 --user NAME 给出你的姓名。</translation>
    </message>
    <message>
        <source>Staff accounts are on: put the password for {name} in the STUDIO_CRM_PASSWORD environment variable.</source>
        <translation>员工账户已开启：请把 {name} 的密码放在环境变量 STUDIO_CRM_PASSWORD 中。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>已停止，未写入任何数据。</translation>
    </message>
    <message>
        <source>Studio CRM backs up only SQLite files; back up a PostgreSQL database with pg_dump, for example: pg_dump -Fc -f studio.dump postgresql://…</source>
        <translation>Studio CRM 只能备份 SQLite 文件；PostgreSQL 数据库请用 pg_dump 备份，例如：pg_dump -Fc -f studio.dump postgresql://…</translation>
    </message>
    <message>
        <source>Studio CRM restores only SQLite files; restore a PostgreSQL database with pg_restore, for example: pg_restore --clean -d postgresql://… studio.dump</source>
        <translation>Studio CRM 只能恢复 SQLite 文件；PostgreSQL 数据库请用 pg_restore 恢复，例如：pg_restore --clean -d postgresql://… studio.dump</translation>
    </message>
    <message>
        <source>Thank you for thinking of {studio} for this project, and for the trust that comes with the request.</source>
        <translation>感谢您想到{studio}来做这个项目，也感谢这份委托背后的信任。</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>That decision no longer exists.</source>
        <translation>该决策已不存在。</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>The --from date is after the --to date.</source>
        <translation>--from 日期晚于 --to 日期。</translation>
    </message>
    <message>
        <source>The --from date must come before the --to date.</source>
        <translation>--from 日期必须早于 --to 日期。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}); nothing was restored.</source>
        <translation>备份 {path} 已损坏（{problem}）；没有恢复任何数据。</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer Studio CRM (schema {version}); update the app to restore it.</source>
        <translation>备份 {path} 由更新版本的 Studio CRM 生成（数据结构版本 {version}）；请先升级程序，再恢复此备份。</translation>
    </message>
    <message>
        <source>The complaint deadline table has an unknown category or severity.</source>
        <translation>投诉处理期限表中有未知的类别或严重程度。</translation>
    </message>
    <message>
        <source>The connection to {where} was lost; try again.</source>
        <translation>与 {where} 的连接已断开；请重试。</translation>
    </message>
    <message>
        <source>The customer could not be saved: a reference is already in use.</source>
        <translation>无法保存客户：编号已被使用。</translation>
    </message>
    <message>
        <source>The designer cannot be chosen: {problem}.</source>
        <translation>无法选择该设计师：{problem}。</translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not written; free some space and try again.</source>
        <translation>磁盘已满，未能写入 {path}；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>磁盘已满；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The estimate clears both job lines: profit {profit}, margin {margin}.</source>
        <translation>预估达到两条接单线：利润 {profit}，利润率 {margin}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so {name} cannot be written there.</source>
        <translation>文件夹 {folder} 不存在，因此无法在其中写入 {name}。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The job misses a line, and neither repeat work nor referrals make up for it.</source>
        <translation>项目未达到其中一条接单线，回头单和转介绍也弥补不了。</translation>
    </message>
    <message>
        <source>The job misses both lines, and no profitable promoter is involved.</source>
        <translation>项目两条接单线都未达到，也不涉及盈利的推荐型客户。</translation>
    </message>
    <message>
        <source>The language must be English or Simplified Chinese.</source>
        <translation>语言只能是英文或简体中文。</translation>
    </message>
    <message>
        <source>The lead time must be between 0 and {n} days.</source>
        <translation>提前天数必须在 0 到 {n} 天之间。</translation>
    </message>
    <message>
        <source>The mapping does not fit the file&apos;s {count} columns.</source>
        <translation>列的对应关系与文件的 {count} 列不符。</translation>
    </message>
    <message>
        <source>The minimum job margin must be between 0 and 100 %.</source>
        <translation>项目最低利润率必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The minimum job profit cannot be negative.</source>
        <translation>项目最低利润不能为负数。</translation>
    </message>
    <message>
        <source>The minimum job profit is too large.</source>
        <translation>项目最低利润太大。</translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>姓名或密码不正确。</translation>
    </message>
    <message>
        <source>The profit line cannot be negative.</source>
        <translation>利润线不能为负数。</translation>
    </message>
    <message>
        <source>The profit line is too large.</source>
        <translation>利润线太大。</translation>
    </message>
    <message>
        <source>The report needs the Qt front end (PySide6), which is not available.</source>
        <translation>生成报告需要 Qt 前端（PySide6），但当前不可用。</translation>
    </message>
    <message>
        <source>The studio name and currency cannot contain a NUL character.</source>
        <translation>工作室名称和货币不能包含空字符（NUL）。</translation>
    </message>
    <message>
        <source>The studio name cannot be empty.</source>
        <translation>工作室名称不能为空。</translation>
    </message>
    <message>
        <source>The window reaches past the year 9999; ask for fewer days.</source>
        <translation>时间范围超出了 9999 年；请减少天数。</translation>
    </message>
    <message>
        <source>The {count} customers {name} referred have brought {profit}.</source>
        <translation>{name} 推荐的 {count} 位客户已带来 {profit}。</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>在 {path} 找不到备份文件。</translation>
    </message>
    <message>
        <source>There is no customer &apos;{ref}&apos;.</source>
        <translation>没有编号为“{ref}”的客户。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>在 {path} 找不到数据库。</translation>
    </message>
    <message>
        <source>There is no project &apos;{ref}&apos;.</source>
        <translation>没有编号为“{ref}”的项目。</translation>
    </message>
    <message>
        <source>Think of the designers&apos; week and of the customers already waiting.</source>
        <translation>想想设计师们这一周的安排，还有已在等待的客户。</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>该投诉已经解决。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased; their record can no longer be changed.</source>
        <translation>这位客户的个人信息已被清除；其记录不能再修改。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>We have looked carefully at what the work needs and at what we have already promised to others. We could not give your project the attention it deserves at the moment, and we would rather tell you so now than do it half-heartedly.</source>
        <translation>我们认真评估了这项工作的需要，以及我们已对其他客户做出的承诺。眼下我们无法给您的项目应有的投入，与其勉强应付，不如现在就坦诚相告。</translation>
    </message>
    <message>
        <source>We hope there will be another occasion to work together.</source>
        <translation>希望今后还有合作的机会。</translation>
    </message>
    <message>
        <source>What do you lose by accepting: which profitable customer&apos;s work waits, and whose overtime pays for it?</source>
        <translation>接下它，你会失去什么：哪位盈利客户的工作要因此等待，又是谁的加班在为它买单？</translation>
    </message>
    <message>
        <source>What exactly do you lose by declining, and how much will it matter in three months?</source>
        <translation>婉拒它，你具体会失去什么？三个月后，这还有多重要？</translation>
    </message>
    <message>
        <source>Would you advise a peer studio to take this job?</source>
        <translation>你会建议同行工作室接这个项目吗？</translation>
    </message>
    <message>
        <source>Write a few words on how it turned out.</source>
        <translation>写几句结果如何。</translation>
    </message>
    <message>
        <source>Wrote the report to {path}.</source>
        <translation>报告已写入 {path}。</translation>
    </message>
    <message>
        <source>a customer cannot be referred by themself</source>
        <translation>客户不能是自己的推荐人</translation>
    </message>
    <message>
        <source>a customer cannot refer themselves</source>
        <translation>客户不能推荐自己</translation>
    </message>
    <message>
        <source>a new job starts as an inquiry; accept it with Accept job</source>
        <translation>新项目须从询盘开始；请用“接单”接下它</translation>
    </message>
    <message>
        <source>accept a job</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>after-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>an inquiry becomes active only through Accept job</source>
        <translation>询盘只能通过“接单”转为进行中</translation>
    </message>
    <message>
        <source>back up or restore the whole database</source>
        <translation>备份或恢复整个数据库</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;drop&apos;</source>
        <translation>请选择 &apos;keep&apos; 或 &apos;drop&apos;</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>construction quality</source>
        <translation>施工质量</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>含有空字符（NUL）</translation>
    </message>
    <message>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>erase a customer&apos;s personal data</source>
        <translation>清除客户的个人信息</translation>
    </message>
    <message>
        <source>export a customer&apos;s personal data</source>
        <translation>导出客户的个人信息</translation>
    </message>
    <message>
        <source>export projects, which carry revenue and cost</source>
        <translation>导出项目（其中含有收入和成本）</translation>
    </message>
    <message>
        <source>going against the recommendation needs a written reason</source>
        <translation>不采纳建议时需要写明理由</translation>
    </message>
    <message>
        <source>high</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>import projects, which carry revenue and cost</source>
        <translation>导入项目（其中含有收入和成本）</translation>
    </message>
    <message>
        <source>is before the complaint was opened ({date})</source>
        <translation>早于投诉登记日期（{date}）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>超过了 {limit} 个字符</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>超过了 {n} 个字符</translation>
    </message>
    <message>
        <source>is not a project of this customer</source>
        <translation>不是该客户的项目</translation>
    </message>
    <message>
        <source>is not one of the wizard&apos;s questions</source>
        <translation>不是向导中的问题</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>与你当前的密码不符</translation>
    </message>
    <message>
        <source>low</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理员工账户</translation>
    </message>
    <message>
        <source>mark customers as different people</source>
        <translation>把客户标记为不同的人</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>no customer with the ref or name {value}</source>
        <translation>没有编号或姓名为 {value} 的客户</translation>
    </message>
    <message>
        <source>no customer with the ref, phone or name {value}</source>
        <translation>没有编号、电话或姓名为 {value} 的客户</translation>
    </message>
    <message>
        <source>not a field that can be chosen</source>
        <translation>不是可选择的字段</translation>
    </message>
    <message>
        <source>not a reason</source>
        <translation>不是有效的原因</translation>
    </message>
    <message>
        <source>not a tier</source>
        <translation>不是有效的等级</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>see revenue, cost and profit</source>
        <translation>查看收入、成本和利润</translation>
    </message>
    <message>
        <source>sort or filter customers by profit or segment</source>
        <translation>按利润或分群对客户排序或筛选</translation>
    </message>
    <message>
        <source>that staff member no longer exists</source>
        <translation>该员工已不存在</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the finish date is before the start date</source>
        <translation>完成日期早于开始日期</translation>
    </message>
    <message>
        <source>there is no customer &apos;{ref}&apos;</source>
        <translation>没有编号为“{ref}”的客户</translation>
    </message>
    <message>
        <source>this customer&apos;s personal data was erased</source>
        <translation>这位客户的个人信息已被清除</translation>
    </message>
    <message>
        <source>this question needs an answer</source>
        <translation>这个问题需要回答</translation>
    </message>
    <message>
        <source>updates the same customer as line {line} ({ref})</source>
        <translation>与第 {line} 行更新的是同一位客户（{ref}）</translation>
    </message>
    <message>
        <source>{festival}: greet 1 customer</source>
        <translation>{festival}：问候 1 位客户</translation>
    </message>
    <message>
        <source>{festival}: greet {n} customers</source>
        <translation>{festival}：问候 {n} 位客户</translation>
    </message>
    <message>
        <source>{fields} cannot be imported as {kind}.</source>
        <translation>{fields} 不能作为{kind}导入。</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column: {columns}.</source>
        <translation>{field} 对应了多个列：{columns}。</translation>
    </message>
    <message>
        <source>{name} has already brought {profit} over {count} accepted jobs.</source>
        <translation>{name} 已通过 {count} 个已接项目带来 {profit}。</translation>
    </message>
    <message>
        <source>{name} is neither a promoter nor profitable: the grid says lower their priority or let them go.</source>
        <translation>{name} 既不是推荐型客户，也不盈利：按分群矩阵，应降低其优先级或放手。</translation>
    </message>
    <message>
        <source>{name} is no longer an active staff member</source>
        <translation>{name} 已不再是在职员工</translation>
    </message>
    <message>
        <source>{name} is the name of {count} customers; write the ref instead</source>
        <translation>有 {count} 位客户叫 {name}；请改填编号</translation>
    </message>
    <message>
        <source>{name} recommends the studio and has been profitable: a customer to keep.</source>
        <translation>{name} 愿意推荐工作室，且一直盈利：是值得保持的客户。</translation>
    </message>
    <message>
        <source>{name} was referred by {referrer}, a profitable promoter of the studio.</source>
        <translation>{name} 的推荐人 {referrer} 是工作室盈利的推荐型客户。</translation>
    </message>
    <message>
        <source>{name} would not recommend the studio and brings little profit: the grid says take no new work from them.</source>
        <translation>{name} 不会推荐工作室，也带不来多少利润：按分群矩阵，不应再接其新项目。</translation>
    </message>
    <message>
        <source>{name}: birthday</source>
        <translation>{name}：生日</translation>
    </message>
    <message>
        <source>{name}: check in ({segment}, every {days} days); last contact {date}</source>
        <translation>{name}：回访（{segment}，每 {days} 天一次）；最近联系 {date}</translation>
    </message>
    <message>
        <source>{name}: check in ({segment}, every {days} days); no contact logged yet</source>
        <translation>{name}：回访（{segment}，每 {days} 天一次）；尚无联系记录</translation>
    </message>
    <message>
        <source>{name}: lunar birthday (month {month}, day {day})</source>
        <translation>{name}：农历生日（{month} 月 {day} 日）</translation>
    </message>
    <message>
        <source>{name}: {category} complaint, {severity}: {summary}</source>
        <translation>{name}：{category}投诉（{severity}）：{summary}</translation>
    </message>
    <message>
        <source>{name}: {project} finished {date}; a week on, ask how everything works</source>
        <translation>{name}：{project} 于 {date} 完工；已满一周，问问一切是否正常</translation>
    </message>
    <message>
        <source>{name}: {project} finished {date}; {months} months on, ask how likely they are to recommend us (0-10)</source>
        <translation>{name}：{project} 于 {date} 完工；已满 {months} 个月，问问对方有多大可能推荐我们（0-10）</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {skipped} left out (already in the database).</source>
        <translation>新建 {new} 条，更新 {updated} 条，未导入 {skipped} 条（数据库中已存在）。</translation>
    </message>
    <message>
        <source>{other} does this kind of work very well, and we would be glad to introduce you to them.</source>
        <translation>{other}很擅长这类项目，我们很乐意为您引荐。</translation>
    </message>
    <message>
        <source>{path} cannot be read as CSV: line {line} has a cell longer than {limit} characters.</source>
        <translation>无法将 {path} 作为 CSV 读取：第 {line} 行有单元格超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{path} cannot be read as CSV: line {line} is not valid CSV.</source>
        <translation>无法将 {path} 作为 CSV 读取：第 {line} 行不是有效的 CSV。</translation>
    </message>
    <message>
        <source>{path} cannot be read or written: {reason}.</source>
        <translation>无法读写 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {problem}.</source>
        <translation>无法写入 {path}：{problem}。</translation>
    </message>
    <message>
        <source>{path} cannot be written; check the folder&apos;s permissions.</source>
        <translation>无法写入 {path}；请检查文件夹的权限。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} 是文件夹；请为备份指定文件名。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} 是文件夹；请指定要导出的文件名。</translation>
    </message>
    <message>
        <source>{path} is locked by another program; try again when it has finished.</source>
        <translation>{path} 正被其他程序锁定；请等它处理完后重试。</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database, so it is not a Studio CRM backup.</source>
        <translation>{path} 不是 SQLite 数据库，因此不是 Studio CRM 的备份。</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database, so it was not replaced; move it away and restore again.</source>
        <translation>{path} 不是 SQLite 数据库，因此没有被替换；请先把它移走，再重新恢复。</translation>
    </message>
    <message>
        <source>{path} is not a Studio CRM database or is damaged.</source>
        <translation>{path} 不是 Studio CRM 数据库，或者已损坏。</translation>
    </message>
    <message>
        <source>{path} is not a Studio CRM database.</source>
        <translation>{path} 不是 Studio CRM 数据库。</translation>
    </message>
    <message>
        <source>{path} is open in Studio CRM or another program; close it there and try again.</source>
        <translation>{path} 正在 Studio CRM 或其他程序中打开；请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <source>{path} looks like a database in use ({name} exists); choose another file name.</source>
        <translation>{path} 似乎是正在使用的数据库（存在 {name}）；请换一个文件名。</translation>
    </message>
    <message>
        <source>{ref} already exists in the database</source>
        <translation>数据库中已存在 {ref}</translation>
    </message>
    <message>
        <source>{ref} is a low-value job: take it through the decline wizard and record a decision before accepting it.</source>
        <translation>{ref} 是低价值项目：接单前请先经过婉拒向导并记录决定。</translation>
    </message>
    <message>
        <source>{ref} is accepted and now active.</source>
        <translation>{ref} 已接单，现为进行中。</translation>
    </message>
    <message>
        <source>{ref} is erased: personal data and notes are gone, the figures stay; older backups still hold a copy until they are replaced.</source>
        <translation>{ref} 已清除：个人信息和备注已删除，统计数字保留；较早的备份在被替换之前仍留有一份副本。</translation>
    </message>
    <message>
        <source>{ref} was erased; an erased customer cannot be merged.</source>
        <translation>{ref} 已被清除；已清除的客户不能合并。</translation>
    </message>
    <message>
        <source>{ref}&apos;s data was erased, so it cannot be updated</source>
        <translation>{ref} 的信息已被清除，无法更新</translation>
    </message>
    <message>
        <source>{share} of customers came back within 12 months of their first job; a repeat is likely, but it pays only if the next job clears the lines.</source>
        <translation>{share} 的客户在首个项目后 12 个月内回头；回头单很可能会有，但只有下一个项目达到接单线才划算。</translation>
    </message>
    <message>
        <source>{value} fits {count} customers; write the ref instead</source>
        <translation>{value} 与 {count} 位客户相符；请改填编号</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} 是负数</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} 不是存在的日期</translation>
    </message>
    <message>
        <source>{value} is not between 0 and 10</source>
        <translation>{value} 不在 0 到 10 之间</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} 太大了</translation>
    </message>
    <message>
        <source>{where} cannot be opened; check that the file and its folder are there.</source>
        <translation>无法打开 {where}；请检查文件及其所在文件夹是否存在。</translation>
    </message>
    <message>
        <source>{where} cannot be reached; check the address and that the server is running.</source>
        <translation>无法连接到 {where}；请检查地址是否正确、服务器是否在运行。</translation>
    </message>
    <message>
        <source>{where} does not exist on that server; ask whoever runs the server to create it.</source>
        <translation>该服务器上不存在 {where}；请联系服务器管理员创建。</translation>
    </message>
    <message>
        <source>{where} does not let this user read and write the studio&apos;s tables.</source>
        <translation>{where} 不允许此用户读写工作室的数据表。</translation>
    </message>
    <message>
        <source>{where} is locked by another program; try again when it has finished.</source>
        <translation>{where} 正被其他程序锁定；请等它处理完后重试。</translation>
    </message>
    <message>
        <source>{where} is not a Studio CRM database or is damaged.</source>
        <translation>{where} 不是 Studio CRM 数据库，或者已损坏。</translation>
    </message>
    <message>
        <source>{where} is read-only; check its permissions.</source>
        <translation>{where} 是只读的；请检查其权限。</translation>
    </message>
    <message>
        <source>{where} refused the user name or password.</source>
        <translation>{where} 拒绝了该用户名或密码。</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相近</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Promoter +</source>
        <translation>推荐型客户 +</translation>
    </message>
    <message>
        <source>Promoter −</source>
        <translation>推荐型客户 −</translation>
    </message>
    <message>
        <source>Passive +</source>
        <translation>消极型客户 +</translation>
    </message>
    <message>
        <source>Passive −</source>
        <translation>消极型客户 −</translation>
    </message>
    <message>
        <source>Detractor +</source>
        <translation>贬低型客户 +</translation>
    </message>
    <message>
        <source>Detractor −</source>
        <translation>贬低型客户 −</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐型客户</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>消极型客户</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬低型客户</translation>
    </message>
    <message>
        <source>Profitable</source>
        <translation>盈利</translation>
    </message>
    <message>
        <source>Not profitable</source>
        <translation>不盈利</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Win loyalty</source>
        <translation>赢得忠诚</translation>
    </message>
    <message>
        <source>Fix or release</source>
        <translation>修复或放手</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>培育增长</translation>
    </message>
    <message>
        <source>Deprioritize</source>
        <translation>降低优先级</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>放手</translation>
    </message>
    <message>
        <source>Survey them</source>
        <translation>邀请评分</translation>
    </message>
    <message>
        <source>Hold their satisfaction, learn exactly what they value, ask for referrals.</source>
        <translation>保持他们的满意度，弄清他们到底看重什么，请他们转介绍。</translation>
    </message>
    <message>
        <source>Tailor the service to them and find what would move them.</source>
        <translation>为他们量身定制服务，找到真正能打动他们的地方。</translation>
    </message>
    <message>
        <source>Find the real cause and fix it; if you cannot serve them well yet, let them go.</source>
        <translation>找到真正的原因并解决；如果暂时还服务不好他们，就放手。</translation>
    </message>
    <message>
        <source>Sell more or higher-margin work; turn them into profitable promoters.</source>
        <translation>承接更多或利润率更高的工作；把他们培育成盈利的推荐型客户。</translation>
    </message>
    <message>
        <source>Lower their priority, or let them go.</source>
        <translation>降低他们的优先级，或者放手。</translation>
    </message>
    <message>
        <source>Take no new work from them; the fewer the better.</source>
        <translation>不再接他们的新项目；这类客户越少越好。</translation>
    </message>
    <message>
        <source>Ask them the recommendation question.</source>
        <translation>请他们回答推荐意愿问题（0–10 分）。</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>询盘</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>A · strategic partner</source>
        <translation>A · 战略伙伴</translation>
    </message>
    <message>
        <source>B · partner</source>
        <translation>B · 合作伙伴</translation>
    </message>
    <message>
        <source>C · ordinary</source>
        <translation>C · 普通客户</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <source>Client update sent</source>
        <translation>已向客户同步进展</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Message (WeChat)</source>
        <translation>微信消息</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>Needs changed</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>Accept with conditions</source>
        <translation>有条件接单</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
</context>
<context>
    <name>movement</name>
    <message>
        <source>into Promoter +</source>
        <translation>转入推荐型客户 +</translation>
    </message>
    <message>
        <source>out of Promoter +</source>
        <translation>流出推荐型客户 +</translation>
    </message>
    <message>
        <source>detractor recovered</source>
        <translation>挽回贬低型客户</translation>
    </message>
    <message>
        <source>left the segments to let go</source>
        <translation>离开应放手的分群</translation>
    </message>
    <message>
        <source>joined the segments to let go</source>
        <translation>进入应放手的分群</translation>
    </message>
    <message>
        <source>{left} left, {joined} joined the segments to let go</source>
        <translation>{left} 离开、{joined} 进入应放手的分群</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Customer segment report</source>
        <translation>客户分群报告</translation>
    </message>
    <message>
        <source>The report could not be written: the printer or file refused it.</source>
        <translation>无法写出报告：打印机或文件拒绝写入。</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Studio CRM · prepared {day}</source>
        <translation>Studio CRM · 生成于 {day}</translation>
    </message>
    <message>
        <source>{n} survey responses from {first} to {last}</source>
        <translation>{first} 至 {last} 共 {n} 份问卷回答</translation>
    </message>
    <message>
        <source>Promoters {p} · Passives {pa} · Detractors {d}</source>
        <translation>推荐型客户 {p} · 消极型客户 {pa} · 贬低型客户 {d}</translation>
    </message>
    <message>
        <source>No survey responses from {first} to {last}.</source>
        <translation>{first} 至 {last} 没有问卷回答。</translation>
    </message>
    <message>
        <source>Previous period, {first} to {last}</source>
        <translation>上一周期（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{previous}: NPS {nps} from {n} responses</source>
        <translation>{previous}：NPS {nps}（{n} 份回答）</translation>
    </message>
    <message>
        <source>{previous}: no responses</source>
        <translation>{previous}：没有回答</translation>
    </message>
    <message>
        <source>Change against the previous period: {change} points</source>
        <translation>较上一周期变化：{change} 分</translation>
    </message>
    <message>
        <source>NPS (95 % margin)</source>
        <translation>NPS（95% 误差范围）</translation>
    </message>
    <message>
        <source>NPS by month, {span}</source>
        <translation>NPS 月度趋势，{span}</translation>
    </message>
    <message>
        <source>Gray band: the 95 % margin of error. Dashed line: the NPS of the three months ending at each month. Gaps: months without responses.</source>
        <translation>灰色带：95% 误差范围。虚线：截至每个月的最近三个月 NPS。断开处：没有问卷回答的月份。</translation>
    </message>
    <message>
        <source>The six segments</source>
        <translation>六个客户分群</translation>
    </message>
    <message>
        <source>Across: the customer&apos;s latest answer. Down: profit from accepted jobs against the profit line of {line}. As of {day}.</source>
        <translation>横向：客户最新的问卷回答。纵向：已接项目的利润与利润线 {line} 的对比。数据截至 {day}。</translation>
    </message>
    <message>
        <source>{n} customers · {share}</source>
        <translation>{n} 位客户 · {share}</translation>
    </message>
    <message>
        <source>Profit {amount}</source>
        <translation>利润 {amount}</translation>
    </message>
    <message>
        <source>{name} ({low}–{high})</source>
        <translation>{name}（{low}–{high}）</translation>
    </message>
    <message>
        <source>+ {name}
≥ {amount}</source>
        <translation>+ {name}
≥ {amount}</translation>
    </message>
    <message>
        <source>− {name}
&lt; {amount}</source>
        <translation>− {name}
&lt; {amount}</translation>
    </message>
    <message>
        <source>{name}: {n} customers ({share}) have never answered. {action}: {hint}</source>
        <translation>{name}：{n} 位客户（{share}）从未回答过。{action}：{hint}</translation>
    </message>
    <message>
        <source>{n} customers in all.</source>
        <translation>共 {n} 位客户。</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推荐人排行</translation>
    </message>
    <message>
        <source>Customers whose referrals brought the most profit: good customers bringing good customers.</source>
        <translation>转介绍带来利润最多的客户：好客户带来好客户。</translation>
    </message>
    <message>
        <source>No referrals recorded yet.</source>
        <translation>尚无转介绍记录。</translation>
    </message>
    <message>
        <source>Segment movement</source>
        <translation>客户分群变化</translation>
    </message>
    <message>
        <source>Each customer&apos;s segment on {first}, the day before the period (rows), and on {last} (columns): their latest answer by that day and the profit of the jobs started by then, against today&apos;s profit line of {line}. Customers who came later count as unrated on {first}.</source>
        <translation>每位客户在 {first}（本期开始前一天，行）和 {last}（列）所属的分群：依据截至当天的最新问卷回答，以及截至当天已开始项目的利润，对照当前的利润线 {line}。之后才加入的客户，在 {first} 计为未评分。</translation>
    </message>
    <message>
        <source>From ↓
to →</source>
        <translation>从 ↓
到 →</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Marked counts are set in bold. Rows add up to each segment on {first}, columns to each segment on {last}.</source>
        <translation>带标记的数字以粗体显示。各行合计为 {first} 各分群的人数，各列合计为 {last} 各分群的人数。</translation>
    </message>
    <message>
        <source>{marker} Into {segment}: {n} customers</source>
        <translation>{marker} 转入 {segment}：{n} 位客户</translation>
    </message>
    <message>
        <source>Was on {first}</source>
        <translation>{first} 时的分群</translation>
    </message>
    <message>
        <source>{marker} Out of {segment}: {n} customers</source>
        <translation>{marker} 流出 {segment}：{n} 位客户</translation>
    </message>
    <message>
        <source>Is on {last}</source>
        <translation>{last} 时的分群</translation>
    </message>
    <message>
        <source>{first} → {last}</source>
        <translation>{first} → {last}</translation>
    </message>
    <message>
        <source>Scoreboard: this period against the one before</source>
        <translation>成绩单：本期与上期对比</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period
{span}</source>
        <translation>本期
{span}</translation>
    </message>
    <message>
        <source>Previous period
{span}</source>
        <translation>上期
{span}</translation>
    </message>
    <message>
        <source>no new customers</source>
        <translation>没有新客户</translation>
    </message>
    <message>
        <source>{share} % of {total}</source>
        <translation>{total} 位中的 {share}%</translation>
    </message>
    <message>
        <source>{marker} Converted into {segment}</source>
        <translation>{marker} 转为 {segment}</translation>
    </message>
    <message>
        <source>{marker} Detractors recovered (now passive or promoter)</source>
        <translation>{marker} 挽回的贬低型客户（现为消极型或推荐型客户）</translation>
    </message>
    <message>
        <source>{marker} Lost from {segment}</source>
        <translation>{marker} 从 {segment} 流出</translation>
    </message>
    <message>
        <source>New customers referred by a promoter</source>
        <translation>由推荐型客户推荐的新客户</translation>
    </message>
    <message>
        <source>Customers to let go ({segments}), start → end</source>
        <translation>应放手的客户（{segments}），期初 → 期末</translation>
    </message>
    <message>
        <source>A referral counts when the referrer was a promoter on the day the new customer was added.</source>
        <translation>只有推荐人在新客户录入当天是推荐型客户，才计入。</translation>
    </message>
    <message>
        <source>Profit at risk now</source>
        <translation>当前有风险的利润</translation>
    </message>
    <message>
        <source>Profitable customers who do not recommend the studio, as the grid shows them today: the total profit of each one of them.</source>
        <translation>按今天的分群矩阵，盈利却不推荐工作室的客户：各分群的人数与利润合计。</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers converted from another segment come first, then those who were unrated on {first} (new, or answering for the first time).</source>
        <translation>先列出从其他分群转入的客户，再列出 {first} 时未评分的客户（新客户，或首次回答问卷）。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>The {shown} most profitable are listed; the Movement matrix in the Segments section lists all {total}.</source>
        <translation>仅列出利润最高的 {shown} 位；“客户分群”栏目的“分群变化”矩阵列出了全部 {total} 位。</translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation>推荐客户数</translation>
    </message>
    <message>
        <source>Their profit ({currency})</source>
        <translation>其利润（{currency}）</translation>
    </message>
    <message>
        <source>Top referrers (continued)</source>
        <translation>推荐人排行（续）</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未解决的投诉</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有未解决的投诉。</translation>
    </message>
    <message>
        <source>{open} open, {overdue} of them overdue (past their due date).</source>
        <translation>未解决 {open} 件，其中 {overdue} 件已逾期（已过截止日期）。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Open complaints (continued)</source>
        <translation>未解决的投诉（续）</translation>
    </message>
    <message>
        <source>The {n} with the earliest due dates are listed.</source>
        <translation>仅列出截止日期最早的 {n} 件。</translation>
    </message>
    <message>
        <source>Decision journal</source>
        <translation>决策日志</translation>
    </message>
    <message>
        <source>Inquiries decided with the decline wizard, {period}.</source>
        <translation>经婉拒向导做出决定的询盘（{period}）。</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>询盘数</translation>
    </message>
    <message>
        <source>Against the recommendation</source>
        <translation>未采纳建议</translation>
    </message>
    <message>
        <source>Reviewed since: was it worth it?</source>
        <translation>事后已复盘：值得吗？</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>各分群客户</translation>
    </message>
    <message>
        <source>Each segment&apos;s customers, most profitable first, with what to do next: an open complaint comes first; &quot;Get in touch&quot; means nobody has been in touch for over {days} days.</source>
        <translation>各分群的客户按利润从高到低排列，并附下一步行动：有未解决投诉的优先处理；“主动联系”表示已超过 {days} 天无人联系。</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>最新评分</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>Profit ({currency})</source>
        <translation>利润（{currency}）</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>{segment}: {action} ({n} customers)</source>
        <translation>{segment}：{action}（{n} 位客户）</translation>
    </message>
    <message>
        <source>No customers in this segment.</source>
        <translation>该分群暂无客户。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{segment} (continued)</source>
        <translation>{segment}（续）</translation>
    </message>
    <message>
        <source>The {shown} most profitable are listed; {more} more are in the customer list.</source>
        <translation>仅列出利润最高的 {shown} 位；其余 {more} 位见客户列表。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the PDF.</source>
        <translation>{path} 是文件夹；请为 PDF 指定文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} cannot be overwritten; check its permissions.</source>
        <translation>无法覆盖 {path}；请检查文件权限。</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable.</source>
        <translation>文件夹 {folder} 不可写入。</translation>
    </message>
    <message>
        <source>Resolve the open complaint</source>
        <translation>处理未解决的投诉</translation>
    </message>
    <message>
        <source>Get in touch</source>
        <translation>主动联系</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>Staff accounts are on: log in first.</source>
        <translation>员工账户已开启：请先登录。</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Something went wrong; nothing was imported. The details are in the log file.</source>
        <translation>出现问题，没有导入任何数据。详情请查看日志文件。</translation>
    </message>
</context>
</TS>
