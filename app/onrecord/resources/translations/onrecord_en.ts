<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarHeatmap</name>
    <message numerus="yes">
        <location filename="../../ui/charts/widgets.py" line="+202"/>
        <source>%1: %n contact attempt(s)</source>
        <translation>
            <numerusform>%1: %n contact attempt</numerusform>
            <numerusform>%1: %n contact attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message numerus="yes">
        <location filename="../../ui/callpanel.py" line="+452"/>
        <source>&lt;b&gt;Recording stopped by a problem&lt;/b&gt; — %s recorded and kept, %n mark(s). If the call is still going on, press Record call (Ctrl+R) to record the rest.</source>
        <translation>
            <numerusform>&lt;b&gt;Recording stopped by a problem&lt;/b&gt; — %s recorded and kept, %n mark. If the call is still going on, press Record call (Ctrl+R) to record the rest.</numerusform>
            <numerusform>&lt;b&gt;Recording stopped by a problem&lt;/b&gt; — %s recorded and kept, %n marks. If the call is still going on, press Record call (Ctrl+R) to record the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Call saved&lt;/b&gt; — %s long, %n mark(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Call saved&lt;/b&gt; — %s long, %n mark</numerusform>
            <numerusform>&lt;b&gt;Call saved&lt;/b&gt; — %s long, %n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>No sound came from the microphone: this call has no audio. It is kept for the %n mark(s) you made, at its start.</source>
        <translation>
            <numerusform>No sound came from the microphone: this call has no audio. It is kept for your %n mark, placed at its start.</numerusform>
            <numerusform>No sound came from the microphone: this call has no audio. It is kept for your %n marks, placed at its start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/charts/panel.py" line="+137"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of yours</source>
        <translation>
            <numerusform>%n of yours</numerusform>
            <numerusform>%n of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with someone else</source>
        <translation>
            <numerusform>%n with someone else</numerusform>
            <numerusform>%n with someone else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>&lt;b&gt;%n contact attempt(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n contact attempt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n contact attempts&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectorBars</name>
    <message numerus="yes">
        <location filename="../../ui/charts/widgets.py" line="+212"/>
        <source>%1: %n attempt(s) — click to see them</source>
        <translation>
            <numerusform>%1: %n attempt — click to see it</numerusform>
            <numerusform>%1: %n attempts — click to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConductPanel</name>
    <message numerus="yes">
        <location filename="../../ui/conductpanel.py" line="+248"/>
        <source>Checked %n contact(s) against the rules of %1 (times in %2).</source>
        <translation>
            <numerusform>Checked %n contact against the rules of %1 (times in %2).</numerusform>
            <numerusform>Checked %n contacts against the rules of %1 (times in %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n possible issue(s) found, on %1.</source>
        <translation>
            <numerusform>%n possible issue found, on %1.</numerusform>
            <numerusform>%n possible issues found, all on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n possible issue(s) found, the first on %1, the last on %2.</source>
        <translation>
            <numerusform>%n possible issue found, between %1 and %2.</numerusform>
            <numerusform>%n possible issues found, the first on %1, the last on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n possible issue(s) found.</source>
        <translation>
            <numerusform>%n possible issue found.</numerusform>
            <numerusform>%n possible issues found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n contact(s) from people these rules do not cover were left out.</source>
        <translation>
            <numerusform>%n contact from people these rules do not cover was left out.</numerusform>
            <numerusform>%n contacts from people these rules do not cover were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message numerus="yes">
        <location filename="../../ui/datafolder.py" line="+437"/>
        <source>Still in %1:
%n file(s) (%2), for example:</source>
        <translation>
            <numerusform>Still in %1:
%n file (%2), for example:</numerusform>
            <numerusform>Still in %1:
%n files (%2), for example:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCalls</name>
    <message numerus="yes">
        <location filename="../../ui/export_calls.py" line="+68"/>
        <source>%n call(s) outside the chosen dates are not listed.</source>
        <translation>
            <numerusform>%n call outside the chosen dates is not listed.</numerusform>
            <numerusform>%n calls outside the chosen dates are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.py" line="+278"/>
        <source>This password has only %n character(s): someone who gets the zip could guess it. A passphrase of several words, 10 characters or more, is much safer and still easy to read out on the phone.

Export with this password anyway?</source>
        <translation>
            <numerusform>This password has only %n character: someone who gets the zip could guess it. A passphrase of several words, 10 characters or more, is much safer and still easy to read out on the phone.

Export with this password anyway?</numerusform>
            <numerusform>This password has only %n characters: someone who gets the zip could guess it. A passphrase of several words, 10 characters or more, is much safer and still easy to read out on the phone.

Export with this password anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSaid</name>
    <message numerus="yes">
        <location filename="../../progresswords.py" line="+70"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payload file(s)</source>
        <translation>
            <numerusform>%n payload file</numerusform>
            <numerusform>%n payload files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message numerus="yes">
        <location filename="../../ui/charts/widgets.py" line="-101"/>
        <source>%1:00–%1:59: %n attempt(s)</source>
        <translation>
            <numerusform>%1:00–%1:59: %n attempt</numerusform>
            <numerusform>%1:00–%1:59: %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/importdialog.py" line="+331"/>
        <source>%n label(s) found</source>
        <translation>
            <numerusform>%n label found</numerusform>
            <numerusform>%n labels found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already on the recording</source>
        <translation>
            <numerusform>%n already on the recording</numerusform>
            <numerusform>%n already on the recording</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact found</numerusform>
            <numerusform>%n contacts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this case</source>
        <translation>
            <numerusform>%n already in this case</numerusform>
            <numerusform>%n already in this case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n removed from this case after an earlier import (not added again)</source>
        <translation>
            <numerusform>%n removed from this case after an earlier import (not added again)</numerusform>
            <numerusform>%n removed from this case after an earlier import (not added again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n duplicate(s) from overlapping backups merged</source>
        <translation>
            <numerusform>%n duplicate from overlapping backups merged</numerusform>
            <numerusform>%n duplicates from overlapping backups merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entry(ies) skipped</source>
        <translation>
            <numerusform>%n entry skipped</numerusform>
            <numerusform>%n entries skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n number(s) ticked</source>
        <translation>
            <numerusform>%n number ticked</numerusform>
            <numerusform>%n numbers ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Add notes to %n recorded call(s)</source>
        <translation>
            <numerusform>&amp;Add notes to %n recorded call</numerusform>
            <numerusform>&amp;Add notes to %n recorded calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;File the log with %n recorded call(s)</source>
        <translation>
            <numerusform>&amp;File the log with %n recorded call</numerusform>
            <numerusform>&amp;File the log with %n recorded calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Import %n new contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n new contact</numerusform>
            <numerusform>&amp;Import %n new contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/ledger.py" line="+55"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Date passed %n day(s) ago</source>
        <translation>
            <numerusform>Date passed %n day ago</numerusform>
            <numerusform>Date passed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n promise(s) overdue.</source>
        <translation>
            <numerusform>%n promise overdue.</numerusform>
            <numerusform>%n promises overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n payment(s) linked to it will stay on record, linked to no promise.</source>
        <translation>
            <numerusform>%n payment linked to it will stay on record, linked to no promise.</numerusform>
            <numerusform>%n payments linked to it will stay on record, linked to no promise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="+273"/>
        <source>%n demo case(s) added to the list on the left (references starting with DEMO). They are made up, with generated voices, to try OnRecord.</source>
        <translation>
            <numerusform>%n demo case added to the list on the left (reference starting with DEMO). It is made up, with generated voices, to try OnRecord.</numerusform>
            <numerusform>%n demo cases added to the list on the left (references starting with DEMO). They are made up, with generated voices, to try OnRecord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../ui/recoverynotice.py" line="+31"/>
        <source>• Call of %1 in the case “%2”: %3 long, %n mark(s) kept.</source>
        <translation>
            <numerusform>• Call of %1 in the case “%2”: %3 long, %n mark kept.</numerusform>
            <numerusform>• Call of %1 in the case “%2”: %3 long, %n marks kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/review/panel.py" line="+169"/>
        <source>%1 — %2 (%3, %n mark(s))</source>
        <translation>
            <numerusform>%1 — %2 (%3, %n mark)</numerusform>
            <numerusform>%1 — %2 (%3, %n marks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search/panel.py" line="+169"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/model.py" line="+107"/>
        <source>● %n mark(s)</source>
        <extracomment>Digits it may be cut down to when room is short (its tooltip shows all); None: never. A small picture before the text (the paperclip of a contact with files), or None; only on the column that fills (the others are measured by their text alone). What a screen reader says for the cell, when the text alone does not say it (&quot;2&quot;).</extracomment>
        <translation>
            <numerusform>● %n mark</numerusform>
            <numerusform>● %n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/panel.py" line="+442"/>
        <source>&lt;b&gt;%n&lt;/b&gt; contact(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; contact</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing &lt;b&gt;%1&lt;/b&gt; of %n contact(s)</source>
        <translation>
            <numerusform>Showing &lt;b&gt;%1&lt;/b&gt; of %n contact</numerusform>
            <numerusform>Showing &lt;b&gt;%1&lt;/b&gt; of %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <location filename="../../ui/export_verify.py" line="+210"/>
        <source>%n recording(s) are exactly as they were when they were saved.</source>
        <translation>
            <numerusform>%n recording is exactly as it was when it was saved.</numerusform>
            <numerusform>%n recordings are exactly as they were when they were saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The audit log holds together (%n entries).</source>
        <translation>
            <numerusform>The audit log holds together (%n entry).</numerusform>
            <numerusform>The audit log holds together (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Not intact: %n problem(s) found.</source>
        <translation>
            <numerusform>Not intact: %n problem found.</numerusform>
            <numerusform>Not intact: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n file(s) set aside: not part of the package, added by the computer that showed or copied it; not checked.</source>
        <translation>
            <numerusform>%n file set aside: not part of the package, added by the computer that showed or copied it; not checked.</numerusform>
            <numerusform>%n files set aside: not part of the package, added by the computer that showed or copied it; not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyLines</name>
    <message numerus="yes">
        <location filename="../../evidence/verify_lines.py" line="+41"/>
        <source>%n file(s) set aside, not part of the package: added by the computer that showed or copied it, not checked</source>
        <translation>
            <numerusform>%n file set aside, not part of the package: added by the computer that showed or copied it, not checked</numerusform>
            <numerusform>%n files set aside, not part of the package: added by the computer that showed or copied it, not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
