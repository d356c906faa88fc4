<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddMarkDialog</name>
    <message>
        <location filename="../../ui/review/marks.py" line="+262"/>
        <source>Add a mark</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just a note</source>
        <translation>仅备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This mark will be shown as added after the call, at %1.</source>
        <translation>此标记会显示为通话结束后补加的，位置在 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What happened:</source>
        <translation>发生了什么(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add mark</source>
        <translation>添加标记</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <location filename="../../ui/timeline/attachedfiles.py" line="+68"/>
        <source>%1  (withdrawn, not exported: %2)</source>
        <extracomment>The role of a list item&apos;s file (a :class:`ContactFile`); None: not a file (a note). The role of a list item&apos;s file chosen but not attached yet (its path, as text).</extracomment>
        <translation>%1  （已撤回，不导出：%2）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 was withdrawn: %2

Put it back among the case&apos;s files? It will be in the evidence packages you export from now on; the audit log keeps its withdrawal.</source>
        <translation>%1 已撤回：%2

要把它放回案件的文件中吗？此后导出的证据包都会包含它；审计日志会保留这次撤回的记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put a file back</source>
        <translation>放回文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put it back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it withdrawn</source>
        <translation>保持撤回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not put back</source>
        <translation>没有放回</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/withdrawnagain.py" line="+42"/>
        <source>%1 (the same file as %2)</source>
        <translation>%1（与 %2 是同一个文件）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You withdrew this file from the case on %1 (reason: %2). Attach it again?</source>
        <translation>您曾在 %1 把这个文件从案件中撤回（原因：%2）。要再次附加它吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach a withdrawn file again?</source>
        <translation>再次附加已撤回的文件？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach it again</source>
        <translation>再次附加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t attach</source>
        <translation>不附加</translation>
    </message>
</context>
<context>
    <name>AudioWarnings</name>
    <message>
        <location filename="../../ui/audiowords.py" line="+19"/>
        <source>The other side has been silent for %s s — is the phone on speaker?</source>
        <translation>对方已经 %s 秒没有声音了——手机开了免提吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your microphone has been silent for %s s — is it muted?</source>
        <translation>您的麦克风已经 %s 秒没有声音了——是否静音了？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To keep the two sound sources in step (each device runs on its own clock), %s ms of the other side&apos;s sound were taken out or repeated, spread over the call; your side is exactly as recorded. The report says so too.</source>
        <translation>为使两个声音来源保持同步（每个设备按自己的时钟运行），对方的声音中有 %s 毫秒被删去或重复，分散在整段通话中；您这一方的声音与录下时完全相同。报告中也会说明这一点。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The other side&apos;s sound device sent nothing in time: %s ms of silence were put in their channel to keep both sides in step. The report says so too.</source>
        <translation>对方的声音设备没有及时送来声音：为使双方保持同步，在对方声道中补入了 %s 毫秒的静音。报告中也会说明这一点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The other side&apos;s sound arrived late or was lost: their channel was re-aligned by %s ms. The report says so too.</source>
        <translation>对方的声音到达太晚或丢失：对方声道重新对齐了 %s 毫秒。报告中也会说明这一点。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other side&apos;s sound (from the computer) stopped arriving. Recording goes on with your microphone; their side is silent in the recording from here until it comes back.</source>
        <translation>对方的声音（电脑播放的声音）不再传来。录音会继续录您的麦克风；从这里起，录音中对方一侧是静音，直到声音恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sound comes from the other side&apos;s source (the computer&apos;s sound). Recording goes on with your microphone; their side is not being recorded.</source>
        <translation>对方的声音来源（电脑播放的声音）没有传来声音。录音会继续录您的麦克风；对方一侧没有被录下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other side&apos;s sound (from the computer) is arriving again and is recorded again from here.</source>
        <translation>对方的声音（电脑播放的声音）又传来了，从这里起重新录下。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other side&apos;s sound (from the computer) stopped arriving, so recording stopped. What was recorded until then is kept.</source>
        <translation>对方的声音（电脑播放的声音）不再传来，因此录音已停止。此前录下的内容都已保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound came from the other side&apos;s source (the computer&apos;s sound), so recording stopped. What was recorded until then is kept.</source>
        <translation>对方的声音来源（电脑播放的声音）没有传来声音，因此录音已停止。此前录下的内容都已保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound came from your microphone.</source>
        <translation>您的麦克风没有传来声音。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A moment of audio was lost (the computer was too busy).</source>
        <translation>有一小段声音丢失了（电脑当时太忙）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone stopped sending sound.</source>
        <translation>麦克风不再传来声音。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sound arrives from the sound device.</source>
        <translation>声音设备没有传来任何声音。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound device changed during the call (was it unplugged?).</source>
        <translation>通话中声音设备发生了变化（是不是被拔掉了？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound is too loud and distorts — move the phone a little away.</source>
        <translation>声音太大、已经失真——请把手机稍微拿远一点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sound device reported lost audio.</source>
        <translation>声音设备报告有声音丢失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording could not be written to disk (is it full?).</source>
        <translation>录音无法写入磁盘（磁盘满了吗？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recording was interrupted and recovered; the last second may be missing.</source>
        <translation>这段录音曾被中断，现已恢复；最后一秒可能缺失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sound device stopped (was it unplugged?), so recording stopped. What was recorded until then is kept.</source>
        <translation>一个声音设备停止了（是否被拔掉了？），所以录音停止了。在此之前录下的内容都已保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sound device disappeared during the call (was it unplugged?).</source>
        <translation>通话期间一个声音设备不见了（是否被拔掉了？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recorder ran into an error of its own and stopped. What was recorded until then is kept.</source>
        <translation>录音程序自身出错并停止了。在此之前录下的内容都已保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sound device did not stop when asked (it may be suspended), so OnRecord let it go. What was recorded is kept.</source>
        <translation>一个声音设备没有按要求停止（可能处于挂起状态），OnRecord 已放开它。录下的内容都已保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recording is safe, but its details could not be saved (is the disk full?). OnRecord finishes it when it next starts.</source>
        <translation>录音是安全的，但它的详细信息没能保存（磁盘是否已满？）。OnRecord 下次启动时会完成它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recording file could not be closed cleanly (is the disk full?). What reached the disk is kept.</source>
        <translation>一个录音文件没能正常关闭（磁盘是否已满？）。已写入磁盘的内容都已保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recorder reported: %s</source>
        <translation>录音程序报告：%s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your side is too loud and distorts — move the microphone a little away or turn its volume down.</source>
        <translation>您这边声音太大、已经失真——请把麦克风稍微拿远一点，或调低它的音量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their side is too loud and distorts — turn the call&apos;s volume down.</source>
        <translation>对方声音太大、已经失真——请调低通话音量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both your side and their side are too loud and distort — turn the microphone and the call&apos;s volume down.</source>
        <translation>您和对方的声音都太大、已经失真——请调低麦克风和通话音量。</translation>
    </message>
    <message>
        <location filename="../../ui/callstatus.py" line="+138"/>
        <source>Waiting for sound from the microphone… If none comes within %1 s, recording stops.</source>
        <extracomment>Warnings about something that lasts; any other warning is about a moment. (code, frame) -&gt; ((code, params, message), call time it was last true) when the recorder started (monotonic), and how long it waits for a first sound</extracomment>
        <translation>正在等待麦克风的声音……如果 %1 秒内仍没有声音，录音会停止。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../backup.py" line="+76"/>
        <source>{name} in the backup is damaged (its checksum differs)</source>
        <translation>备份中的 {name} 已损坏（校验值不符）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup could not be restored ({reason}); nothing was changed</source>
        <translation>无法恢复备份（{reason}）；没有做任何更改</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the signing key goes into a backup only encrypted: a passphrase is needed</source>
        <translation>签名密钥只能加密后放入备份：需要一个密码短语</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase for the signing key must have at least {count} characters</source>
        <translation>签名密钥的密码短语至少要有 {count} 个字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this installation has no signing key yet (it is made by the first export)</source>
        <translation>这台电脑上的 OnRecord 还没有签名密钥（第一次导出时才会生成）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the signing key {path} cannot be read: {reason}</source>
        <translation>无法读取签名密钥 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signing key {path} is not an Ed25519 key</source>
        <translation>签名密钥 {path} 不是 Ed25519 密钥</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} 已存在；请换一个新的文件名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} holds no OnRecord case file to back up</source>
        <translation>{path} 里没有可以备份的 OnRecord 案件资料</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the backup could not be written: {reason}</source>
        <translation>无法写入备份：{reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the backup holds an unsafe file name: {name}</source>
        <translation>备份中有一个不安全的文件名：{name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is not an OnRecord backup (no onrecord-backup.json)</source>
        <translation>这不是 OnRecord 的备份（里面没有 onrecord-backup.json）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup&apos;s list of files is damaged: {reason}</source>
        <translation>备份的文件清单已损坏：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this backup was made by a different program or version</source>
        <translation>这个备份是由其他程序或其他版本制作的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup lists no files</source>
        <translation>备份的文件清单是空的</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup does not match its list of files (missing: {missing}, unexpected: {unexpected})</source>
        <translation>备份与它的文件清单不符（缺少：{missing}，多出：{unexpected}）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} in the backup is larger than listed</source>
        <translation>备份中的 {name} 比清单上记录的大</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the case file in the backup cannot be used: {reason}</source>
        <translation>备份中的案件资料无法使用：{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the case file in the backup is damaged: {reason}</source>
        <translation>备份中的案件资料已损坏：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup&apos;s audit log does not check out: {reason}</source>
        <translation>备份的审计日志没有通过核验：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not an OnRecord backup (it is not a zip file)</source>
        <translation>{path} 不是 OnRecord 的备份（它不是 zip 文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be read as a backup: {reason}</source>
        <translation>无法把 {path} 作为备份读取：{reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this backup holds the signing key, encrypted: give its passphrase, or restore without the key (this installation then keeps its own)</source>
        <translation>这个备份里有加密的签名密钥：请输入它的密码短语，或者恢复时不包括这个密钥（这台电脑则保留自己的密钥）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the passphrase for the signing key in this backup is wrong (or the key is damaged)</source>
        <translation>这个备份中签名密钥的密码短语不正确（或者密钥已损坏）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signing key in the backup cannot be read: {reason}</source>
        <translation>无法读取备份中的签名密钥：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signing key in the backup is not an Ed25519 key</source>
        <translation>备份中的签名密钥不是 Ed25519 密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signing key in the backup does not match its listed fingerprint</source>
        <translation>备份中的签名密钥与清单上记录的指纹不符</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this backup holds no encrypted signing key</source>
        <translation>这个备份里没有加密的签名密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup does not match its list of files</source>
        <translation>备份与它的文件清单不符</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="+169"/>
        <source>Contact attempts per day</source>
        <extracomment>A column is a week: Left / Right move a week, Up / Down a day.</extracomment>
        <translation>每天的联系次数</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1: %n contact attempt(s)</source>
        <translation>
            <numerusform>%1：联系 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No contact attempts yet.</source>
        <translation>还没有联系记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>fewer</source>
        <translation>少</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more (most in one day: %1)</source>
        <translation>多（单日最多：%1）</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../ui/callcontroller.py" line="+246"/>
        <source>Nothing was recorded: no sound came from the microphone.</source>
        <extracomment>an early mark&apos;s journal key -&gt; (run with its row once filed, run if it never is)</extracomment>
        <translation>没有录下任何内容：麦克风没有传来声音。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recording stopped: the part of OnRecord that records ended unexpectedly. What it recorded until then is kept, with your marks, and is filed in the case when OnRecord next starts. If the call is still going on, press Record call (Ctrl+R) to record the rest.</source>
        <translation>录音已停止：OnRecord 负责录音的部分意外结束了。此前录下的内容和您的标记都已保留，会在下次启动 OnRecord 时归入案件。如果通话还在继续，请按“开始录音”（Ctrl+R）录下其余部分。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/callpanel.py" line="+84"/>
        <source>Start or stop recording</source>
        <translation>开始或停止录音</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording time</source>
        <translation>录音时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My level</source>
        <translation>我的音量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their level</source>
        <translation>对方音量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Them</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording warnings</source>
        <translation>录音提醒</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Stopped by a problem</source>
        <translation>因故障停止</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>No sound came from the microphone: this call has no audio. It is kept for the %n mark(s) you made, at its start.</source>
        <translation>
            <numerusform>麦克风没有传来任何声音：这通电话没有录到音频。因为您做了 %n 个标记，这通电话仍会保留，标记放在通话开头。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tagkeys.py" line="+58"/>
        <source>Tag what was just said (press the key)</source>
        <translation>给刚才说的话加标签（按对应的键）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag keys</source>
        <translation>标签按键</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⌨ Typing: number keys type digits here. Esc goes back to the tag keys.</source>
        <translation>⌨ 正在输入：数字键在这里输入数字。按 Esc 回到标签按键。</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="+60"/>
        <location filename="../../ui/callpanel.py" line="+82"/>
        <location line="+25"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="-431"/>
        <location line="+65"/>
        <source>Marks in this call</source>
        <translation>本次通话的标记</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Save call details</source>
        <translation>保存通话信息</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Calls will be filed under &lt;b&gt;Unsorted calls&lt;/b&gt; until you choose a case.</source>
        <translation>在您选择案件之前，通话会先放在&lt;b&gt;未归类通话&lt;/b&gt;中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording into: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>录音存入：&lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot record yet</source>
        <translation>暂时无法录音</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="-10"/>
        <source>Press N or click here to write a note</source>
        <translation>按 N 键或点击此处写备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is pinned to the moment you start typing it. Enter saves it, Esc discards it.</source>
        <translation>备注记在您开始输入的那一刻。按 Enter 保存，按 Esc 放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+5"/>
        <source>Before your first recording</source>
        <translation>第一次录音之前</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>■  Stop recording   (Ctrl+R)</source>
        <translation>■  停止录音   (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>●  Record call   (Ctrl+R)</source>
        <translation>●  开始录音   (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>● REC</source>
        <translation>● 录音中</translation>
    </message>
    <message>
        <location filename="../../ui/tagkeys.py" line="-11"/>
        <source>⌨ Keys tag now: press a number to mark the moment, N to write a note.</source>
        <translation>⌨ 现在按键即加标签：按数字键标记此刻，按 N 写备注。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⌨ Typing: number keys type digits here. Enter saves a note, Esc goes back to the tag keys.</source>
        <translation>⌨ 正在输入：数字键在这里输入数字。按 Enter 保存备注，按 Esc 回到标签按键。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+78"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+182"/>
        <source>Call details not saved</source>
        <translation>通话信息未保存</translation>
    </message>
    <message numerus="yes">
        <location line="-113"/>
        <source>&lt;b&gt;Recording stopped by a problem&lt;/b&gt; — %s recorded and kept, %n mark(s). If the call is still going on, press Record call (Ctrl+R) to record the rest.</source>
        <translation>
            <numerusform>&lt;b&gt;录音因故障停止&lt;/b&gt;——已录下并保留 %s，标记 %n 个。如果通话还在继续，请按“开始录音”（Ctrl+R）录下其余部分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Call saved&lt;/b&gt; — %s long, %n mark(s)</source>
        <translation>
            <numerusform>&lt;b&gt;通话已保存&lt;/b&gt;——时长 %s，%n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/callsummary.py" line="+76"/>
        <source>Status: %s</source>
        <translation>状态：%s</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="+32"/>
        <source>The note you were typing was saved when you stopped the call: “%1”. You can change or withdraw it in Review calls.</source>
        <translation>您停止通话时正在输入的备注已保存：“%1”。您可以在“回听通话”中修改或撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="-64"/>
        <source>You can still complete who called, then press Save call details.</source>
        <translation>您仍可补充来电人信息，然后按“保存通话信息”。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+31"/>
        <source>Nothing recorded</source>
        <translation>没有录到内容</translation>
    </message>
    <message>
        <location filename="../../ui/callsummary.py" line="-19"/>
        <source>Before the next call, check that the microphone is plugged in, not muted and not used by another program, or choose another one.</source>
        <translation>下次通话前，请检查麦克风是否已插好、没有静音、没有被其他程序占用，或换一个麦克风。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was recorded: no sound came from the microphone.</source>
        <translation>没有录下任何内容：麦克风没有传来声音。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The empty recording stays in the case file, as every recording does, but its call is withdrawn: it counts nowhere. Check that the microphone is plugged in, not muted and not used by another program, or choose another one, then try again. If there was a call, you can log it in the Timeline.</source>
        <translation>这段空录音和所有录音一样会保留在案件资料中，但它对应的通话已撤回，不计入任何统计。请检查麦克风是否已插好、没有静音、没有被其他程序占用，或换一个麦克风，然后再试。如果确实有过这通电话，可以在“时间线”中记录。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+8"/>
        <source>Not recording</source>
        <translation>未在录音</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recording problem</source>
        <translation>录音出现问题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../../ui/callnote.py" line="+23"/>
        <source>The note you were typing could not be saved (%1). Here it is, to copy if you need it: “%2”</source>
        <translation>您正在输入的备注无法保存（%1）。原文如下，如有需要可以复制：“%2”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recording stopped before the note you were typing was saved. It is kept with this call as an unconfirmed draft, at the moment you began it: “%1”. You can change or withdraw it in Review calls.</source>
        <translation>录音在您正在输入的备注保存之前停止了。这条备注已作为“未确认的草稿”随本次通话保留在您开始输入的时刻：“%1”。您可以在“回听通话”中修改或撤回它。</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="+47"/>
        <location line="+10"/>
        <source>Promise not saved</source>
        <translation>承诺未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call ended before the promise could be saved. Its mark keeps what you typed (“%1”); add the promise in Timeline → Promises and payments.</source>
        <translation>通话在承诺保存之前就结束了。它的标记保留了您输入的内容（“%1”）；请在“时间线 → 承诺和还款”中添加这项承诺。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: kept, it is marked at 0:00 as soon as recording has started.</source>
        <translation>%1：已记下，录音一开始就会标记在 0:00。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tags you pressed while recording was starting could not be saved: %1. Press them again once recording has started.</source>
        <translation>录音启动时您按下的标签没能保存：%1。请在录音开始后再按一次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marked at %s: %s</source>
        <translation>已在 %s 标记：%s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details saved.</source>
        <translation>信息已保存。</translation>
    </message>
</context>
<context>
    <name>CallerInfo</name>
    <message>
        <location filename="../../ui/callerinfo.py" line="+41"/>
        <source>Who is calling</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name they give</source>
        <translation>对方自称的姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the number on your phone</source>
        <translation>您手机上显示的号码</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s employee ID</source>
        <translation>来电人工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s company</source>
        <translation>来电人公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller&apos;s number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Same caller as last call: %1</source>
        <translation>与上次通话是同一来电人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same caller as last call</source>
        <translation>与上次通话是同一来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the details of the last caller</source>
        <translation>填入上一位来电人的信息</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Saved with this call: who called (%1) and their number (%2).</source>
        <translation>已随本次通话保存：来电人（%1）及其号码（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved with this call: who called (%1). If you know their number, type it under “Who is calling” and press Save call details.</source>
        <translation>已随本次通话保存：来电人（%1）。如果您知道对方号码，请在“来电人”下填写，然后按“保存通话信息”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved with this call: their number (%1). If you know their name, type it under “Who is calling” and press Save call details.</source>
        <translation>已随本次通话保存：对方号码（%1）。如果您知道对方姓名，请在“来电人”下填写，然后按“保存通话信息”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who called is not saved with this call. If you know their name or number, type it under “Who is calling” and press Save call details.</source>
        <translation>本次通话还没有保存来电人。如果您知道对方姓名或号码，请在“来电人”下填写，然后按“保存通话信息”。</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../ui/caseform.py" line="+127"/>
        <source>e.g. Credit card with Harbor Bank</source>
        <extracomment>The case&apos;s statement that its rules may ask (``conduct.rules.STATEMENTS``). The keys of :meth:`CaseForm.values`, in the order the form shows them. True when the form starts to differ from what was loaded, False when it no longer does. The values as loaded (or as a new form starts); None while the form is being filled.</extracomment>
        <translation>例如：某某银行信用卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who you originally owed</source>
        <translation>您最初欠款的对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the company that is calling you</source>
        <translation>给您打电话的公司</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the numbers they call you on: your mobile, your home or work phone</source>
        <translation>对方打给您的号码：您的手机、家里或单位的电话</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>I believe this debt may itself be illegal (for example high-interest usury or a gambling debt)</source>
        <translation>我认为这笔债务本身可能不合法（例如高利放贷、赌债）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only then does OnRecord check the crime of collecting an illegal debt (mainland China&apos;s Criminal Law, art. 293-1). This is information, not legal advice.</source>
        <translation>只有勾选后，才会检查催收非法债务罪（中国大陆《刑法》第二百九十三条之一）。以上仅供参考，不构成法律意见。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>what the contract or statements say</source>
        <translation>合同或账单上写的内容</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tit&amp;le</source>
        <translation>标题(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original cre&amp;ditor</source>
        <translation>原始债权人(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agenc&amp;y</source>
        <translation>催收机构(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account / contract no.</source>
        <translation>账户 / 合同号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yo&amp;ur phone number(s)</source>
        <translation>您的电话号码(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Amount claimed</source>
        <translation>对方主张金额</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Whose rules apply</source>
        <translation>适用哪里的规定(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your time &amp;zone</source>
        <translation>您的时区(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ph&amp;one region</source>
        <translation>电话号码地区(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract notes</source>
        <translation>合同备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date is known</source>
        <translation>到期日已知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>amount they claim, e.g. %1</source>
        <translation>对方主张的金额，例如 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;h2&gt;New case&lt;/h2&gt;One case per debt. Only a title is needed; add the rest when you know it.</source>
        <translation>&lt;h2&gt;新建案件&lt;/h2&gt;每笔债务建一个案件。只需填写标题，其余信息知道后再补充。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sa&amp;ve changes</source>
        <translation>保存修改(&amp;V)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This case was changed in another OnRecord window or by the onrecord command while you were editing it.</source>
        <translation>您编辑这个案件时，它在另一个 OnRecord 窗口中或通过 onrecord 命令被修改了。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some of the fields you changed were changed there too. What you typed is kept, and saving puts it in place of what was saved there, which is:</source>
        <translation>您修改过的一些栏在那边也被修改了。您输入的内容会保留，保存后会取代那边保存的内容。那边保存的是：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fields you did not change now show what was saved there; your own changes are kept and not saved yet.</source>
        <translation>您没有修改的栏现在显示那边保存的内容；您自己的修改仍保留着，尚未保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot be saved as typed: %1</source>
        <translation>按所填内容无法保存：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will be saved as %1</source>
        <comment>the amount typed, as it will be stored</comment>
        <translation>将保存为 %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Throw away what you typed?</source>
        <translation>放弃您输入的内容吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert shows what is saved and throws away the changes you typed in this case. It cannot be undone.</source>
        <translation>“还原”会显示已保存的内容，并放弃您在这个案件中输入的修改。这一步无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throw away my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save the new case you started?</source>
        <translation>要保存您刚开始填写的新案件吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “%1”?</source>
        <translation>要保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you do not save, what you typed is lost.</source>
        <translation>如果不保存，您输入的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="-220"/>
        <source>Arrow keys choose a bar or a day; Enter shows those contacts in the timeline.</source>
        <extracomment>Calm blues, light to dark, for 1.. max contacts a day. How far Left / Right / Up / Down move the keyboard&apos;s choice.</extracomment>
        <translation>用方向键选择一个柱形或某一天；按 Enter 在时间线中查看对应的联系记录。</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/panel.py" line="+81"/>
        <source>Click a day, an hour or a name to see those contacts in the timeline.</source>
        <translation>点击某一天、某个时段或某个姓名，即可在时间线中查看对应的联系。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact attempts per day</source>
        <translation>每天的联系次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hour of the day (local time)</source>
        <translation>按一天中的时段（当地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By collector</source>
        <translation>按催收人员</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>信函 %n 封</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of yours</source>
        <translation>
            <numerusform>本人发起 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with someone else</source>
        <translation>
            <numerusform>对方联系他人 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>已撤回 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the charts: %1</source>
        <translation>未计入图表：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact attempts logged yet.</source>
        <translation>还没有记录任何联系。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;%n contact attempt(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;联系 %n 次&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>共 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most in one day: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>单日最多：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>most in 7 days: &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>7 天内最多：&lt;b&gt;%1&lt;/b&gt;（自 %2 起）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; outside %2:00–%3:00&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; 次在 %2:00–%3:00 以外&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>CollectorBars</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="+331"/>
        <source>Contact attempts by collector</source>
        <translation>按催收人员统计的联系次数</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1: %n attempt(s) — click to see them</source>
        <translation>
            <numerusform>%1：%n 次——点击查看</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No contact attempts yet.</source>
        <translation>还没有联系记录。</translation>
    </message>
</context>
<context>
    <name>ConductPanel</name>
    <message>
        <location filename="../../ui/conductpanel.py" line="+67"/>
        <source>&lt;b&gt;Possible issues&lt;/b&gt;</source>
        <extracomment>each mark&apos;s moment in its call, read with the check (``conduct.when``)</extracomment>
        <translation>&lt;b&gt;可能存在的问题&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose rules to check against</source>
        <translation>对照哪里的规定检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules &amp;of:</source>
        <translation>规定(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chec&amp;k again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the case again</source>
        <translation>重新检查本案件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each item below is a &lt;b&gt;possible issue — not legal advice&lt;/b&gt;. It shows what your contact log suggests when compared with the rules; a lawyer or a debt advice service can tell you whether it matters in your case.</source>
        <translation>下面每一项都只是&lt;b&gt;可能存在的问题——不构成法律意见&lt;/b&gt;。它显示的是您的联系记录与相关规定对照后的情况；是否对您的案件有影响，请咨询律师或债务咨询机构。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not legal advice</source>
        <translation>不构成法律意见</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check status</source>
        <translation>检查状态</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="+62"/>
        <source>When (local time)</source>
        <extracomment>each mark&apos;s moment in its call, read with the check (``conduct.when``) the offset every time of the issues shown has, stated once above them; None: each time gives its own</extracomment>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible issues, grouped by rule</source>
        <translation>可能存在的问题（按规定分组）</translation>
    </message>
    <message>
        <location filename="../../ui/conductsettings.py" line="+44"/>
        <source>Your settings for rules that are not certain</source>
        <translation>您对尚不确定的规定所做的设置</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your settings for unconfirmed rules</source>
        <extracomment>the rules checked against; set by the panel when it loads them</extracomment>
        <translation>您对未经确认的规定所做的设置</translation>
    </message>
    <message>
        <location filename="../../ui/conductpanel.py" line="+33"/>
        <source>Choose a case to check.</source>
        <translation>请选择要检查的案件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (this case)</source>
        <translation>%1（本案件）</translation>
    </message>
    <message>
        <location filename="../../ui/conductsettings.py" line="+87"/>
        <source>Use the rule&apos;s values</source>
        <translation>使用规定中的数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset %1 to the rule&apos;s values</source>
        <translation>将 %1 恢复为规定中的数值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Calls allowed from</source>
        <translation>允许来电时间：从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within</source>
        <translation>，在</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> contact</source>
        <translation> 次联系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> contacts</source>
        <translation> 次联系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> day</source>
        <translation> 天之内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 天之内</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="+49"/>
        <source>rule read in the law&apos;s own text</source>
        <translation>已查阅规定原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule read in a source quoting the law</source>
        <translation>依据引用规定原文的资料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>starting values (you can change them)</source>
        <translation>起始数值（可修改）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conductpanel.py" line="+106"/>
        <source>Checked %n contact(s) against the rules of %1 (times in %2).</source>
        <translation>
            <numerusform>已依照%1的规定检查 %n 次联系（时间按 %2 计算）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conductsettings.py" line="+46"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>These values are not settled law or depend on your situation. OnRecord starts from the values shown; change them if your lawyer or adviser tells you to, and what you change is marked as &lt;b&gt;your own setting&lt;/b&gt;.</source>
        <translation>这些数值不是确定的法律规定，或取决于您的具体情况。OnRecord 先使用这里显示的数值；如果律师或顾问建议，您可以修改，修改过的会标为&lt;b&gt;您自己的设置&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unconfirmed — your setting</source>
        <translation>未经确认——您自己的设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>未经确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your setting</source>
        <translation>您自己的设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rule&apos;s values</source>
        <translation>规则的数值</translation>
    </message>
    <message>
        <location filename="../../ui/conductpanel.py" line="-42"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>The check could not run: %1</source>
        <translation>无法进行检查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="-6"/>
        <source>rule UNCONFIRMED</source>
        <translation>规则未经确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>uses your own setting</source>
        <translation>使用您自己的设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conductpanel.py" line="+21"/>
        <source>%n possible issue(s) found, on %1.</source>
        <translation>
            <numerusform>发现 %n 个可能存在的问题，均在 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n possible issue(s) found, the first on %1, the last on %2.</source>
        <translation>
            <numerusform>发现 %n 个可能存在的问题，最早在 %1，最晚在 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n possible issue(s) found.</source>
        <translation>
            <numerusform>发现 %n 个可能存在的问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible issues found.</source>
        <translation>未发现可能存在的问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) from people these rules do not cover were left out.</source>
        <translation>
            <numerusform>有 %n 次联系来自这些规定不适用的人员，未纳入检查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/conductfindings.py" line="+74"/>
        <source>EDGE CASE (exactly at the limit): %1</source>
        <translation>临界情况（恰好在限度上）：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click to show this contact in the timeline</source>
        <translation>点击在时间线中查看这次联系</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact no. %1 — click to show it</source>
        <translation>联系记录 #%1——点击查看</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/consent.py" line="+15"/>
        <source>US federal law lets a party to a call record it (18 U.S.C. §2511(2)(d)), but California, Connecticut, Florida, Illinois, Maryland, Massachusetts, Montana, Nevada, New Hampshire, Pennsylvania and Washington require everyone&apos;s consent — in California a recording made without it cannot be used in court. Safe habit: say “I am recording this call” and press 0 when you have said it.</source>
        <translation>美国联邦法律允许通话的一方录音（18 U.S.C. §2511(2)(d)），但加利福尼亚、康涅狄格、佛罗里达、伊利诺伊、马里兰、马萨诸塞、蒙大拿、内华达、新罕布什尔、宾夕法尼亚和华盛顿州要求所有人同意——在加州，未经同意的录音不能在法庭上使用。稳妥的做法：说一句“我正在为这次通话录音”，说完后按 0。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In mainland China a recording made by a party to the call is generally accepted as evidence unless it was obtained by seriously unlawful means (SPC Interpretation on the Civil Procedure Law, art. 106). Keep the original file and the device. Saying “this call is being recorded” does no harm: press 0 when you have.</source>
        <translation>在中国大陆，通话一方所录的音，除以严重违法方式取得的以外，一般可以作为证据（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百零六条）。请保留原始文件和录音设备。说一句“本次通话正在录音”没有坏处：说完后按 0。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In Taiwan a party to a call may record it (Communication Security and Surveillance Act §29(3)). Saying that you record does no harm: press 0 when you have said it.</source>
        <translation>在台湾，通话的一方可以录音（《通讯保障及监察法》第 29 条第 3 款）。告诉对方您在录音没有坏处：说完后按 0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In Hong Kong no law forbids a party from recording a call; collecting personal data must be fair (PDPO, DPP1). Saying that you record is the fair way: press 0 when you have said it.</source>
        <translation>在香港，没有法律禁止通话一方录音；但收集个人资料须以公平方式进行（《个人资料（私隐）条例》，保障资料第 1 原则）。告诉对方您在录音就是公平的做法：说完后按 0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the UK a participant may record a call for their own use. Saying that you record does no harm: press 0 when you have said it.</source>
        <translation>在英国，通话参与者可以录音供自己使用。告诉对方您在录音没有坏处：说完后按 0。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is information, not legal advice.</source>
        <translation>以上仅供参考，不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <location filename="../../paths.py" line="+65"/>
        <source>cannot read {path}, which says where OnRecord&apos;s data folder is: {reason}</source>
        <translation>无法读取 {path}（它记录着 OnRecord 数据文件夹的位置）：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}, which says where OnRecord&apos;s data folder is, is damaged: write {example} in it, with your data folder&apos;s path, or start with --data-dir</source>
        <translation>{path}（它记录着 OnRecord 数据文件夹的位置）已损坏：请在其中写入 {example}（换成您的数据文件夹路径），或用 --data-dir 启动</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the data folder {path} is a file, not a folder</source>
        <extracomment>The umask the user started OnRecord with, before :func:`private_umask` replaced it.</extracomment>
        <translation>数据文件夹 {path} 是一个文件，不是文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OnRecord&apos;s data was moved to {path}, which cannot be found now; if it is on an external disk, connect the disk and open OnRecord again</source>
        <translation>OnRecord 的数据已移到 {path}，但现在找不到它；如果它在外接硬盘上，请接上硬盘后重新打开 OnRecord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} already holds other files; OnRecord keeps its data in a folder of its own (choose a new or empty folder with --data-dir or {variable})</source>
        <translation>{path} 里已有其他文件；OnRecord 要把数据放在专用的文件夹里（请用 --data-dir 或 {variable} 选择一个新的或空的文件夹）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot use {path} as the data folder: {reason}; choose another with --data-dir or {variable}</source>
        <translation>无法把 {path} 用作数据文件夹：{reason}；请用 --data-dir 或 {variable} 另选一个</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the data folder {path} is not writable ({reason}); choose another with --data-dir or {variable}</source>
        <translation>数据文件夹 {path} 无法写入（{reason}）；请用 --data-dir 或 {variable} 另选一个</translation>
    </message>
</context>
<context>
    <name>DataFolderDialog</name>
    <message>
        <location filename="../../ui/datafolder.py" line="+46"/>
        <source>Checking both folders…</source>
        <translation>正在检查两个文件夹…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying the case file…</source>
        <translation>正在复制案件资料…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the copied case file and its audit log…</source>
        <translation>正在检查复制后的案件资料及其审计日志…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switching to the new folder…</source>
        <translation>正在切换到新文件夹…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copying %1…</source>
        <translation>正在复制 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+22"/>
        <location line="+149"/>
        <source>Data folder</source>
        <extracomment>Asked just before the move starts (unsaved changes in the window); False: no move.
----------
The move. Counting the files and their size (it only reads). Deleting the old folder after the move, when the user asks for it.</extracomment>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Size of the data</source>
        <translation>资料大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space on that disk</source>
        <translation>该磁盘的可用空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen by:</source>
        <translation>选定依据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space there:</source>
        <translation>所在磁盘可用空间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All cases, recordings, attachments, backups, settings and the key that signs your exports are kept here. “Move to…” copies everything to a new or empty folder (for example on a bigger or external disk), checks every file, and only then uses the new place. The current folder is not changed by the move.</source>
        <translation>所有案件、录音、附件、备份、设置，以及用于为导出签名的密钥，都保存在这里。“移动到…”会把所有内容复制到一个新的或空的文件夹（例如在更大的磁盘或外接硬盘上），逐一检查每个文件，检查完之后才改用新位置。移动不会改动当前文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the --data-dir option OnRecord was started with</source>
        <translation>启动 OnRecord 时使用的 --data-dir 选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ONRECORD_HOME environment variable</source>
        <translation>ONRECORD_HOME 环境变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier move (recorded in %s)</source>
        <translation>之前的一次移动（记录在 %s 中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OnRecord&apos;s standard place</source>
        <translation>OnRecord 的默认位置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 in %2 files</source>
        <translation>%2 个文件，共 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Deleting the old folder…</source>
        <translation>正在删除旧文件夹…</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>OnRecord was started with --data-dir, which decides where the data is, so it cannot be moved from here. Start OnRecord without --data-dir to move it.</source>
        <translation>OnRecord 启动时使用了 --data-dir 选项，资料的位置由它决定，因此无法在这里移动。如要移动，请在启动 OnRecord 时不加 --data-dir。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ONRECORD_HOME environment variable decides where the data is, so it cannot be moved from here. Remove or change ONRECORD_HOME to move it.</source>
        <translation>资料的位置由 ONRECORD_HOME 环境变量决定，因此无法在这里移动。如要移动，请删除或更改 ONRECORD_HOME。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not be counted: %s</source>
        <translation>无法统计：%s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting the files in the data folder…</source>
        <translation>正在统计资料储存位置中的文件…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A call is being recorded. Stop the recording, then move the data.</source>
        <translation>正在录制通话。请先停止录音，再移动资料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the data folder to…</source>
        <translation>将数据文件夹移动到…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data cannot be moved there</source>
        <translation>无法把资料移动到那里</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size still being counted</source>
        <translation>大小仍在统计中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the data folder</source>
        <translation>移动数据文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy all cases, recordings and attachments (%1) to:
%2

Every file is checked before OnRecord switches to the new place; the current folder is not changed. OnRecord closes when the move is done: open it again to go on.</source>
        <translation>把全部案件、录音和附件（%1）复制到：
%2

OnRecord 会先检查每个文件，然后才切换到新位置；当前文件夹不会被改动。移动完成后 OnRecord 会关闭：请重新打开它继续使用。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The move was cancelled. Nothing was changed: the data is still in %s.</source>
        <translation>移动已取消。没有做任何更改：资料仍在 %s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data was not moved. Nothing was changed: it is still in %s.</source>
        <translation>资料没有移动。没有做任何更改：资料仍在 %s。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data was not moved because of an unexpected error. It is still in %s.</source>
        <translation>由于出现意外错误，资料没有移动。资料仍在 %s。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder not moved</source>
        <translation>数据文件夹未移动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data is now in:
%1

%2 files (%3) were copied and every one was checked.</source>
        <translation>资料现在位于：
%1

已复制 %2 个文件（%3），每一个都已检查过。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The old folder is kept, unchanged:
%s</source>
        <translation>旧文件夹已保留，没有改动：
%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Data folder moved</source>
        <translation>数据文件夹已移动</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Delete the old folder now? Choose No to keep it; you can delete it yourself later.</source>
        <translation>现在删除旧文件夹吗？选择“否”可以保留它；您以后也可以自己删除。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The old folder was deleted.</source>
        <translation>旧文件夹已删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old folder not deleted completely</source>
        <translation>旧文件夹没有完全删除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What is left of the old folder is still in:
%s</source>
        <translation>旧文件夹剩下的内容仍在：
%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only empty folders are left in:
%s</source>
        <translation>只剩下空文件夹，位于：
%s</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Still in %1:
%n file(s) (%2), for example:</source>
        <translation>
            <numerusform>%1 中仍有：
%n 个文件（%2），例如：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing is lost: all the data is in %s. You can delete what is left yourself.</source>
        <translation>没有丢失任何资料：所有资料都在 %s。剩下的内容您可以自己删除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OnRecord closes now. Open it again to go on with the data in its new place.</source>
        <translation>OnRecord 现在将关闭。请重新打开它，继续使用新位置中的资料。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting the old folder… This window closes when that is done.</source>
        <translation>正在删除旧文件夹…完成后此窗口会自动关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>DataMove</name>
    <message>
        <location filename="../../datamove.py" line="+229"/>
        <source>the data is already in {path}</source>
        <extracomment>store.engine.DB_FILENAME, not imported: the command-line parser loads this module and must stay light (SQLAlchemy and Alembic are imported only when a move checks the case file). Kept free beyond the copy&apos;s own size on the new disk. Written into the new folder before its entries are put in place; removed once it is in use. The case file&apos;s companions that the online backup replaces.</extracomment>
        <translation>数据已经在 {path} 里了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is inside the current data folder; choose a place outside {current}</source>
        <translation>{path} 在当前的数据文件夹里面；请选择 {current} 之外的位置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is a file, not a folder</source>
        <translation>{path} 是一个文件，不是文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot look into {path}: {reason}</source>
        <translation>无法查看 {path} 里的内容：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} already holds other files; OnRecord keeps its data in a folder of its own: choose a new or empty folder</source>
        <translation>{path} 里已有其他文件；OnRecord 要把数据放在专用的文件夹里：请选择一个新的或空的文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} already holds OnRecord data (a case file or recordings); it is not overwritten: choose a new or empty folder</source>
        <translation>{path} 里已有 OnRecord 的数据（案件资料或录音），不会覆盖它：请选择一个新的或空的文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not writable; choose a place where you can save files</source>
        <translation>{path} 无法写入；请选择一个您能保存文件的位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not enough free space at {path}: the data needs {needed} (with a safety margin), only {free} is free</source>
        <translation>{path} 的可用空间不够：数据需要 {needed}（含安全余量），但只有 {free} 可用</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the move was cancelled; the data stays where it was</source>
        <translation>移动已取消；数据留在原处</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the new place cannot keep the files private ({reason}); its file system may not support permissions (FAT or exFAT): choose another disk or folder</source>
        <translation>新位置无法让文件保持私密（{reason}）；它的文件系统可能不支持权限设置（FAT 或 exFAT）：请选择其他磁盘或文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the new place does not keep file permissions (a file meant to be {wanted} became {got}); its file system may be FAT or exFAT: choose another disk or folder so the recordings stay private</source>
        <translation>新位置不保留文件权限（本应为 {wanted} 的文件变成了 {got}）；它的文件系统可能是 FAT 或 exFAT：请选择其他磁盘或文件夹，让录音保持私密</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>another program is changing the case file right now (another OnRecord window or command?); close it and try again</source>
        <translation>另一个程序正在修改案件资料（另一个 OnRecord 窗口或命令？）；请关闭它后重试</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the copied case file cannot be read: {reason}</source>
        <translation>复制后的案件资料无法读取：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case file cannot be read to compare: {reason}</source>
        <translation>无法读取案件资料来比对：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copied case file&apos;s audit log differs from the original&apos;s</source>
        <translation>复制后的案件资料的审计日志与原件不同</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>audit chain intact</source>
        <translation>审计链完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit chain broken at event {event}</source>
        <translation>审计链在第 {event} 条记录处断开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the copied case file does not check out ({verdict}; {chain})</source>
        <translation>复制后的案件资料未通过检查（{verdict}；{chain}）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{path} holds no OnRecord case file to move</source>
        <translation>{path} 里没有可移动的 OnRecord 案件资料</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a call is being recorded; stop the recording, then move the data</source>
        <translation>正在录制通话；请先停止录音，再移动数据</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot write in {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the copy to {path} failed ({reason}); nothing was changed: the data is still in {current}</source>
        <translation>复制到 {path} 失败（{reason}）；没有任何改动：数据仍在 {current}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{file} differs after copying (the new disk may be faulty); nothing was changed: the data is still in {current}</source>
        <translation>{file} 复制后与原件不同（新磁盘可能有故障）；没有任何改动：数据仍在 {current}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has a different size after copying</source>
        <translation>{file} 复制后大小不同</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OnRecord does not use {current} yet; {old} is kept</source>
        <translation>OnRecord 尚未使用 {current}；{old} 保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{old} is the data folder in use; it is not deleted</source>
        <translation>{old} 是正在使用的数据文件夹；不会删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the new data folder {current} holds no case file; {old} is kept</source>
        <translation>新的数据文件夹 {current} 里没有案件资料；{old} 保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{old} does not look like an OnRecord data folder; it is kept</source>
        <translation>{old} 看起来不像 OnRecord 的数据文件夹；保留不删</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{old} could not be deleted completely: {reason}</source>
        <translation>{old} 未能完全删除：{reason}</translation>
    </message>
</context>
<context>
    <name>DevicePicker</name>
    <message>
        <location filename="../../ui/devicepicker.py" line="+29"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer sound</source>
        <translation>电脑声音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microphone (me)</source>
        <translation>麦克风（我）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also record (them)</source>
        <translation>同时录制（对方）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sound devices cannot be listed: %s</source>
        <translation>无法列出声音设备：%s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default microphone</source>
        <translation>系统默认麦克风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else (phone on speaker)</source>
        <translation>不录其他声音（手机开免提）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%s (not connected)</source>
        <translation>%s（未连接）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No microphone found. Plug one in, then press Refresh.</source>
        <translation>没有找到麦克风。请插上麦克风，然后按“刷新”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computer sound source</source>
        <translation>电脑声音来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %s you chose is not connected. Plug it in and press Refresh, or choose another.</source>
        <translation>您选择的%s没有连接。请插上后按“刷新”，或选择其他设备。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+54"/>
        <source>The computer reported a problem: {reason}</source>
        <translation>计算机报告了一个问题：{reason}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../evidence/export.py" line="+166"/>
        <source>{what} has no digest on record from when it was saved, so the copy cannot be checked against it; nothing was exported</source>
        <extracomment>The user&apos;s values for unconfirmed conduct-rule parameters (None: from settings.json). beside an encrypted zip: how to open it (open_note.py); not part of the package the files with digests in the package&apos;s manifests, data/ and the files that describe and sign it: what `verify` counts as checked for a package of part of the case, what it holds (bag-info.txt&apos;s OnRecord-Selection) the digests the audit chain logged of it then; None: the chain has no such entry</extracomment>
        <translation>{what} 没有保存时记录的哈希值，无法据此检查副本；未导出任何内容</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what} has no entry in the audit log from when it was saved, so its digests on record cannot be confirmed; nothing was exported</source>
        <translation>审计日志中没有{what}保存时的记录，无法确认其记录的哈希值；未导出任何内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}: its {algorithm} on record ({recorded}…) is not the one logged in the audit log when it was saved ({logged}…): the case file was changed outside OnRecord or is damaged; nothing was exported</source>
        <translation>{what}：记录中的 {algorithm}（{recorded}…）与保存时写入审计日志的不同（{logged}…）：案件资料在 OnRecord 之外被改动或已损坏；未导出任何内容</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{what} no longer matches the {algorithm} recorded when it was saved (recorded {recorded}…, now {now}…): the file was changed or damaged after capture, so it cannot be exported as evidence; nothing was exported</source>
        <translation>{what} 与保存时记录的 {algorithm} 不再一致（记录的是 {recorded}…，现在是 {now}…）：文件在录入后被改动或损坏，不能作为证据导出；未导出任何内容</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>no report language {value} (choose {choices})</source>
        <extracomment>CSV files start with a UTF-8 byte order mark: without it Excel (on a Chinese Windows above all) reads them in the system&apos;s legacy code page and garbles every non-ASCII character. Python&apos;s &quot;utf-8-sig&quot;, LibreOffice and our own importers read it as UTF-8 and drop it.</extracomment>
        <translation>没有 {value} 这种报告语言（可选：{choices}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an encrypted export needs a password that is not empty</source>
        <translation>加密导出需要一个非空的密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot use the signing key: {reason}</source>
        <translation>无法使用签名密钥：{reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create {path}: {reason}</source>
        <translation>无法创建 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} already exists; choose another folder</source>
        <translation>{path} 已存在；请选择其他文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write in {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the export failed and was removed: {reason}</source>
        <translation>导出失败，已删除未完成的内容：{reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>part {number} of {count} of recording {id} ({path})</source>
        <translation>录音 {id} 的第 {number} 部分（共 {count} 部分）（{path}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording {id} ({path})</source>
        <translation>录音 {id}（{path}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attachment {id} ({name})</source>
        <translation>附件 {id}（{name}）</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the package failed the BagIt check ({reason}); nothing was exported</source>
        <translation>证据包未通过 BagIt 检查（{reason}）；未导出任何内容</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{what} is missing from the data folder ({path}); nothing was exported</source>
        <extracomment>what the bar&apos;s share of copying and drawing is reckoned from: bytes copied and checked per second, and seconds per row of the PDF&apos;s tables (a contact, a mark, a file), on this project&apos;s 2-core machine (BENCHMARKS.md)</extracomment>
        <translation>数据文件夹中缺少{what}（{path}）；未导出任何内容</translation>
    </message>
    <message>
        <location filename="../../evidence/selection.py" line="+256"/>
        <source>the first day ({first}) is after the last ({last})</source>
        <extracomment>the contact kinds --calls (and the export dialog&apos;s ticks) take How the package&apos;s other contents follow the chosen contacts, in case.json&apos;s words (counted as contacts: those not withdrawn) withdrawn contacts the package holds (chosen, or on the chosen days): kept as evidence, marked, counted in none of the figures above VERIFY.txt&apos;s word on a selection, under the fingerprint at its top (see ``verify_note``)</extracomment>
        <translation>开始日期（{first}）晚于结束日期（{last}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no calls were chosen: give the ids of the calls to export (see `onrecord events --case {reference}`), or leave out --calls for all of them</source>
        <translation>没有选择任何通话：请给出要导出的通话编号（见 `onrecord events --case {reference}`），或者不用 --calls 以导出全部通话</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>contact #{id} belongs to case {other}, not to case {reference}: export case {other} for it</source>
        <translation>联系 #{id} 属于案件 {other}，不属于案件 {reference}：请导出案件 {other} 来包含它</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case {reference} has no contact event #{id} (see `onrecord events --case {reference}`)</source>
        <translation>案件 {reference} 中没有联系 #{id}（见 `onrecord events --case {reference}`）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>contact #{id} is not a call (its kind is {kind}): only calls, missed calls and voicemails can be chosen as calls</source>
        <translation>联系 #{id} 不是通话（它的类型是 {kind}）：只有通话、未接来电和语音留言可以作为通话选择</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>call #{id} ({day}) is outside the chosen dates, {first} to {last}: choose dates that hold it, or leave it out</source>
        <translation>通话 #{id}（{day}）不在所选日期 {first} 至 {last} 之内：请选择包含它的日期，或不选它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>case {reference} has no contacts yet, so none are between {first} and {last}: export without dates</source>
        <translation>案件 {reference} 还没有任何联系，所以 {first} 至 {last} 之间也没有：请不指定日期导出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>case {reference} has no contacts between {first} and {last}; its contacts are from {case_first} to {case_last}</source>
        <translation>案件 {reference} 在 {first} 至 {last} 之间没有联系；它的联系在 {case_first} 至 {case_last} 之间</translation>
    </message>
</context>
<context>
    <name>ExportCalls</name>
    <message numerus="yes">
        <location filename="../../ui/export_calls.py" line="+68"/>
        <source>%n call(s) outside the chosen dates are not listed.</source>
        <translation>
            <numerusform>所选日期以外的 %n 通电话没有列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.py" line="+77"/>
        <source>Export for my lawyer</source>
        <translation>导出给律师</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the package</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+215"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&lt;b&gt;Export “%1” for your lawyer&lt;/b&gt;</source>
        <translation>&lt;b&gt;将“%1”导出给您的律师&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This makes one folder with every recording exactly as it was saved, your marks and notes, a report your lawyer can read, and a signature that proves nothing was changed afterwards. Your case here is not changed.</source>
        <translation>这会生成一个文件夹，里面有与保存时完全一致的全部录音、您的标记和备注、一份律师能看懂的报告，以及一个证明事后没有任何改动的签名。这里的案件本身不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="+53"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only contacts &amp;from</source>
        <translation>只包括此期间的联系(&amp;F)：从</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only contacts between two dates</source>
        <translation>只包括两个日期之间的联系</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the calls I &amp;tick:</source>
        <translation>只包括我勾选的通话(&amp;T)：</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No call of this case is on the chosen dates: choose other dates, or “All contacts and recorded calls”.</source>
        <translation>本案件在所选日期内没有通话：请选择其他日期，或选择“全部联系和录音通话”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A ticked call, %1, was changed or removed after this window was opened. Close the window and open it again to choose from the calls as they are now.</source>
        <translation>勾选的通话 %1 在打开这个窗口后被修改或删除了。请关闭窗口再重新打开，从现在的通话中选择。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” has no contacts yet, so none are between %2 and %3: export without dates.</source>
        <translation>“%1”还没有任何联系，所以 %2 至 %3 之间也没有：请不指定日期导出。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has no contacts between %2 and %3; its contacts are from %4 to %5.</source>
        <translation>“%1”在 %2 至 %3 之间没有联系；它的联系在 %4 至 %5 之间。</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>What to include</source>
        <translation>包括哪些内容</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;All contacts (this case has no calls yet)</source>
        <translation>全部联系（本案件还没有通话）(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls:</source>
        <translation>通话：</translation>
    </message>
    <message>
        <location filename="../../ui/export_password.py" line="+28"/>
        <source>Also make a single .&amp;zip file (easier to send)</source>
        <translation>同时生成一个 .zip 文件（更方便发送）(&amp;Z)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Protect with a password (makes an encrypted .zip only)</source>
        <translation>用密码保护（只生成加密的 .zip 文件）(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password is never saved. Send it to your lawyer separately — by phone or in a different message, never together with the file. If it is lost, nobody can open the package.</source>
        <translation>密码不会被保存。请另外告诉您的律师——打电话或用另一条消息，千万不要和文件一起发送。密码一旦遗失，任何人都无法打开证据包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The zip is encrypted with AES-256: Windows cannot open it by itself, so tell your lawyer to use the free 7-Zip (macOS: Keka or The Unarchiver).</source>
        <translation>这个 zip 文件用 AES-256 加密：Windows 自带的功能打不开它，请告诉您的律师使用免费的 7-Zip（macOS：Keka 或 The Unarchiver）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The names of the files inside the zip (with the case reference and the dates of the calls) can be seen without the password; their contents cannot.</source>
        <translation>不需要密码也能看到 zip 里的文件名（包含案件编号和通话日期）；但看不到文件内容。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="+31"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email or phone</source>
        <translation>您的邮箱或电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email or phone number</source>
        <translation>邮箱或电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you (written into the package, optional)</source>
        <translation>关于您（会写入证据包，可不填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to &amp;reach you:</source>
        <translation>联系方式(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder to save the package in</source>
        <translation>保存证据包的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;in:</source>
        <translation>保存到(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+35"/>
        <source>Where the package is</source>
        <translation>证据包所在位置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing key fingerprint</source>
        <translation>签名密钥指纹</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="+53"/>
        <source>Tick at least one call, or choose “All contacts and recorded calls”.</source>
        <translation>请至少勾选一通通话，或选择“全部联系和录音通话”。</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="+174"/>
        <source>%1, %2; %3 with a fingerprint in the package (%4 in data/, %5 that describe and sign it).</source>
        <translation>%1，%2；证据包中有指纹的共 %3（data/ 中 %4 个，说明和签署证据包的 %5 个）。</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+57"/>
        <source>This package is a selection, not the whole case file: the first page of its report says what it holds and what is left out.</source>
        <translation>这个证据包只是其中一部分，不是整份案件资料：报告第一页说明了它包含什么、没有包含什么。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to open the zip (send it with the zip): %1</source>
        <translation>zip 文件的打开方法（请与 zip 文件一起发送）：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Next: give your lawyer this folder or this zip file (they hold the same), for example on a USB stick or through an upload link they send you. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把这个文件夹或这个 zip 文件（两者内容相同）交给您的律师，例如用 U 盘，或通过律师发给您的上传链接。里面的 data/report 是可阅读的报告（网页和 PDF 各一份），VERIFY.txt 说明任何人都可以如何核实内容没有被改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: give your lawyer this zip file and the note beside it, which says how to open it, for example on a USB stick or through an upload link they send you; tell them the password another way. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把这个 zip 文件和旁边说明打开方法的文件一起交给律师，例如用 U 盘，或通过律师发给您的上传链接；密码请用别的方式告诉律师。zip 中的 data/report 是可阅读的报告（网页和 PDF 各一份），VERIFY.txt 说明任何人都可以如何核实内容没有被改动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: give your lawyer this zip file, for example on a USB stick or through an upload link they send you. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把这个 zip 文件交给您的律师，例如用 U 盘，或通过律师发给您的上传链接。里面的 data/report 是可阅读的报告（网页和 PDF 各一份），VERIFY.txt 说明任何人都可以如何核实内容没有被改动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: give your lawyer this folder, for example on a USB stick or through an upload link they send you. Inside, data/report holds the report to read (a web page and a PDF), and VERIFY.txt explains how anyone can check that nothing was changed.</source>
        <translation>下一步：把这个文件夹交给您的律师，例如用 U 盘，或通过律师发给您的上传链接。里面的 data/report 是可阅读的报告（网页和 PDF 各一份），VERIFY.txt 说明任何人都可以如何核实内容没有被改动。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="-102"/>
        <source>&amp;All contacts and recorded calls</source>
        <translation>全部联系和录音通话(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The package will hold only these calls, with their recordings, marks and files, and the promises noted on them. Files attached to the case itself are always included. Possible issues are still checked against the whole case, and the report says that the package is a selection.</source>
        <translation>证据包只会包含这些通话，以及它们的录音、标记、文件和记在其上的承诺。附加在案件本身的文件总会包含在内。“可能存在的问题”仍对照整个案件检查，报告也会说明这个证据包只是其中一部分。</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+4"/>
        <source>Open &amp;report</source>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="-154"/>
        <source>Where should the package be saved?</source>
        <translation>证据包保存在哪里？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export yet</source>
        <translation>暂时无法导出</translation>
    </message>
    <message>
        <location filename="../../ui/export_include.py" line="+72"/>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/export_password.py" line="+77"/>
        <source>Type a password twice, or untick “Protect with a password”.</source>
        <translation>请输入两次密码，或取消勾选“用密码保护”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two passwords are not the same. Please type the same password in both boxes.</source>
        <translation>两次输入的密码不一致。请在两个框中输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/exportdialog.py" line="+17"/>
        <source>Choose a folder to save the package in.</source>
        <translation>请选择保存证据包的文件夹。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Short password</source>
        <translation>密码太短</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This password has only %n character(s): someone who gets the zip could guess it. A passphrase of several words, 10 characters or more, is much safer and still easy to read out on the phone.

Export with this password anyway?</source>
        <translation>
            <numerusform>这个密码只有 %n 个字符：拿到 zip 文件的人可能猜得出来。由几个词组成、10 个字符以上的密码短语安全得多，在电话里也容易念出来。

仍然用这个密码导出吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping… nothing will be left behind.</source>
        <translation>正在停止…不会留下任何文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled. Nothing was written to the folder.</source>
        <translation>导出已取消，文件夹中没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>The package could not be made</source>
        <translation>无法生成证据包</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nothing was written. The reason:</source>
        <translation>没有写入任何内容。原因：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something unexpected went wrong; nothing was kept. Details:</source>
        <translation>出现了意外问题，没有保留任何内容。详细信息：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+27"/>
        <source>Your package is ready.</source>
        <translation>您的证据包已准备好。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zip file: %1</source>
        <translation>zip 文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exportdialog.py" line="+18"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 个录音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_result.py" line="+21"/>
        <source>The zip is encrypted. Remember to send the password separately.</source>
        <translation>这个 zip 文件已加密。记得另外发送密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed with this computer&apos;s key. Its fingerprint:&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;The same fingerprint is printed on the first page of the report; your lawyer can compare them.</source>
        <translation>已用本电脑的密钥签名。密钥指纹：&lt;br&gt;&lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;报告第一页上印有同样的指纹，您的律师可以核对。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report is inside the encrypted zip; open the zip with the password.</source>
        <translation>报告在加密的 zip 文件里；请用密码打开 zip 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="-19"/>
        <source>unknown caller</source>
        <translation>未知来电人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, %3)</source>
        <comment>a call: when (kind, caller)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Calls to include</source>
        <translation>要包括的通话</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tags and note</source>
        <translation>标签和备注</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not recorded</source>
        <translation>没有录音</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No call of this case is on the chosen dates.</source>
        <translation>本案件在所选日期内没有通话。</translation>
    </message>
</context>
<context>
    <name>ExportSaid</name>
    <message>
        <location filename="../../progresswords.py" line="+60"/>
        <source>exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how to open it (send it with the zip, never the password): %1</source>
        <translation>打开方法（与 zip 文件一起发送，切勿附上密码）：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2, %3 (%4 with the files that describe and sign the package)</source>
        <translation>%1，%2，%3（连同说明和签署证据包的文件共 %4 个）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 段录音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payload file(s)</source>
        <translation>
            <numerusform>%n 个内容文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed by %1</source>
        <translation>签名密钥 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export cancelled; nothing was written</source>
        <translation>导出已取消；没有写入任何内容</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../store/validate.py" line="+23"/>
        <source>title</source>
        <extracomment>Every field name the store&apos;s messages can name, for the translators (the UI translates the name inside a message; tests/test_messages.py checks the store names no other).</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creditor</source>
        <translation>原始债权人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agency</source>
        <translation>催收机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account_ref</source>
        <translation>账户 / 合同号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my_numbers</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contract_notes</source>
        <translation>合同备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>employee_id</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment amount</source>
        <translation>还款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment date</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark time</source>
        <translation>标记时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact date</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>debt may be illegal</source>
        <translation>债务可能不合法</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../ui/firstrun.py" line="+181"/>
        <source>Welcome to OnRecord</source>
        <extracomment>the guide&apos;s pages, in order</extracomment>
        <translation>欢迎使用 OnRecord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the guide</source>
        <translation>跳过向导</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OnRecord keeps evidence of calls from debt collectors on this computer: recordings, what was said, and every contact attempt. Nothing is sent anywhere. It gives information, not legal advice.</source>
        <translation>OnRecord 在这台电脑上保存催收来电的证据：录音、对方说了什么，以及每一次联系。任何内容都不会被发送出去。它提供的是信息，而不是法律意见。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language (a change applies from the next start)</source>
        <translation>语言（更改后下次启动时生效）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: %1. You can change it at any time in Settings → Language.</source>
        <translation>语言：%1。您可以随时在“设置 → 语言”中更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where you live</source>
        <translation>您所在的地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This decides which collection rules and times apply to new cases.</source>
        <translation>这决定了新案件适用哪些催收规定和时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Whose rules apply</source>
        <translation>适用哪里的规定</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Your time zone</source>
        <translation>您的时区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording calls</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Test your microphone</source>
        <translation>测试麦克风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the microphone, press “Test the microphone” and speak. If the other side of your calls plays on this computer (a softphone), choose it under “Also record”.</source>
        <translation>选择麦克风，按“测试麦克风”并说话。如果通话对方的声音是从这台电脑播放的（例如网络电话软件），请在“同时录制”中选择它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where your data is kept</source>
        <translation>资料保存在哪里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is kept in this folder on this computer, readable only by you. Back it up from time to time with Settings &gt; Back up all data.</source>
        <translation>所有内容都保存在这台电脑上的这个文件夹里，只有您能读取。请不时通过“设置 → 备份全部资料”进行备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <location filename="../../ui/charts/widgets.py" line="-142"/>
        <source>Contact attempts by hour of day</source>
        <translation>按一天中时段统计的联系次数</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1:00–%1:59: %n attempt(s)</source>
        <translation>
            <numerusform>%1:00–%1:59：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside the hours collectors may call</source>
        <translation>在允许催收联系的时段以外</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Shaded: outside %1:00–%2:00, when collectors may not call</source>
        <translation>阴影：%1:00–%2:00 以外，不允许催收联系的时段</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../imports/audacity.py" line="+30"/>
        <source>line {line}: the {what} time {value} is not a number</source>
        <translation>第 {line} 行：{what}时间 {value} 不是数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {line}: the {what} time {value} is out of range</source>
        <translation>第 {line} 行：{what}时间 {value} 超出范围</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} is too large to be a label file</source>
        <translation>{file} 太大，不可能是标签文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../imports/csvlog.py" line="+144"/>
        <location filename="../../imports/service.py" line="+128"/>
        <location filename="../../imports/smsbackup.py" line="+279"/>
        <source>cannot read {path}: {reason}</source>
        <extracomment>source key -&gt; the case&apos;s call that this recording is another side of (a recording of a call the log gave): see samecall.py source key -&gt; the recorded call whose note and tags this line of the user&apos;s own log adds to (it is that call, not another): see filewords.py source key -&gt; the recorded call this line of the phone&apos;s call log confirms: filed with that call as the phone&apos;s own record of it (store.confirmations) how dates that could be read two ways were read (also in ``preview.notes``) lines of the user&apos;s log for calls already recorded whose notes or tags were added lines of the phone&apos;s call log filed with the recorded calls they confirm</extracomment>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not UTF-8 text (byte {byte}); Audacity writes UTF-8</source>
        <translation>{file} 不是 UTF-8 文本（第 {byte} 个字节）；Audacity 写出的是 UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line {line}: a frequency line with no label before it</source>
        <translation>第 {line} 行：频率行前面没有标签</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} line {line}: expected start&lt;TAB&gt;end&lt;TAB&gt;text, got {text}</source>
        <translation>{file} 第 {line} 行：应为 开始&lt;TAB&gt;结束&lt;TAB&gt;文字，实际是 {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} line {line}: the label ends before it starts</source>
        <translation>{file} 第 {line} 行：标签的结束早于开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} line {line}: contains a NUL character</source>
        <translation>{file} 第 {line} 行：含有 NUL 字符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has no labels</source>
        <translation>{file} 里没有标签</translation>
    </message>
    <message>
        <location filename="../../imports/bcr.py" line="+80"/>
        <source>no time zone offset in {value}</source>
        <translation>{value} 里没有时区偏移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date {value} is not between 2000 and 2100</source>
        <translation>日期 {value} 不在 2000 到 2100 年之间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the name does not follow BCR&apos;s template (date_direction_number)</source>
        <translation>文件名不符合 BCR 的格式（日期_方向_号码）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has no valid timestamp_unix_ms</source>
        <translation>其中没有有效的 timestamp_unix_ms</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the audio cannot be read ({reason})</source>
        <translation>无法读取音频（{reason}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the audio&apos;s sample rate and length cannot be read</source>
        <translation>无法读取音频的采样率和长度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{folder} is not a folder of BCR recordings</source>
        <translation>{folder} 不是存放 BCR 录音的文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a recording</source>
        <translation>不是录音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} holds no audio files ({extensions})</source>
        <translation>{folder} 里没有音频文件（{extensions}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable recording</source>
        <translation>无法读取的录音</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its JSON {file} is too large to be BCR&apos;s</source>
        <translation>它的 JSON 文件 {file} 太大，不可能是 BCR 生成的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its JSON {file} is not BCR&apos;s ({reason})</source>
        <translation>它的 JSON 文件 {file} 不是 BCR 生成的（{reason}）</translation>
    </message>
    <message>
        <location filename="../../imports/csvlog.py" line="+205"/>
        <source>{where}: {column} must be yes or no, not {value}</source>
        <translation>{where}：{column} 只能是 yes 或 no，不能是 {value}</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>{file} is too large for a contact log</source>
        <extracomment>OnRecord&apos;s own names for the columns, as its English template has them what Excel&apos;s plain &quot;CSV&quot; is in, by the case&apos;s phone region (its ANSI code page) a date and time as the refusal shows one, by the file&apos;s language</extracomment>
        <translation>{file} 太大，不可能是联系记录表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not UTF-8 (byte {byte}); save it as &apos;CSV UTF-8&apos;</source>
        <translation>{file} 不是 UTF-8 编码（第 {byte} 个字节）；请另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} contains NUL characters: it is not a CSV text file</source>
        <translation>{file} 含有 NUL 字符：它不是 CSV 文本文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} is empty (the first line must name the columns)</source>
        <translation>{file} 是空的（第一行必须写出各列的名称）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where}: column {number} has no name but holds {value}</source>
        <translation>{where}：第 {number} 栏没有栏名，却填有 {value}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown column(s) {columns}</source>
        <translation>未知的列：{columns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>columns {columns} say the same thing; keep one</source>
        <translation>{columns} 这几栏说的是同一件事；请只保留一栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing column(s) {columns}</source>
        <translation>缺少的列：{columns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} line 1: {problems} (columns: {columns})</source>
        <translation>{file} 第 1 行：{problems}（可用的列：{columns}）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{where}: {column} {value} is not one of {kinds}</source>
        <translation>{where}：{column}栏的 {value} 不是以下类型之一：{kinds}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{where}: {column} {value} is not one of {directions}</source>
        <translation>{where}：{column}栏的 {value} 不是以下方向之一：{directions}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: {kind_column} {kind} and {column} {value} disagree</source>
        <translation>{where}：{kind_column}栏的 {kind} 与{column}栏的 {value} 互相矛盾</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{where}: {column} {value} does not say minutes or seconds: write it like {examples}, or name the column {named}</source>
        <translation>{where}：{column}栏的 {value} 没有写明是分钟还是秒：请写成 {examples} 这样，或把这一栏命名为 {named}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{where}: {column} {value} is not a length like {examples}</source>
        <translation>{where}：{column}栏的 {value} 不是 {examples} 这样的时长</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: {column} must be between 0 and a week</source>
        <translation>{where}：{column}栏必须在 0 到一周之间</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{where}: {column} {value} is not a date and time like {example}</source>
        <translation>{where}：{column}栏的 {value} 不是 {example} 这样的日期和时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: {column} {value} has no time of day (like 15:54); only a letter may have a date alone</source>
        <translation>{where}：{column}栏的 {value} 没有具体时刻（如 15:54）；只有信件可以只写日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: {column} {value} is not between 2000 and 2100</source>
        <translation>{where}：{column}栏的 {value} 不在 2000 年到 2100 年之间</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>{file} line {line}</source>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: more cells than columns</source>
        <translation>{where}：单元格比列多</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} line {line}: {reason}</source>
        <translation>{file} 第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{where}: unknown time zone {zone}</source>
        <translation>{where}：未知的时区 {zone}</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>{where}: unknown tag {tag} (known: {known})</source>
        <translation>{where}：未知的标签 {tag}（可用的有：{known}）</translation>
    </message>
    <message>
        <location filename="../../imports/service.py" line="-67"/>
        <source>dated more than a day in the future (a wrong date or clock)</source>
        <extracomment>Events written per transaction during an import. Why a record dated more than a day ahead of this computer&apos;s clock is left out.</extracomment>
        <translation>日期比现在晚一天以上（日期或时钟有误）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>cannot tell what {file} is; give --format ({formats})</source>
        <translation>无法判断 {file} 是什么文件；请用 --format 指定（{formats}）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>nothing to import: give a file or folder</source>
        <translation>没有要导入的内容：请选择文件或文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import one kind of file at a time</source>
        <translation>一次只能导入一种文件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} is a folder; give the backup&apos;s .xml file</source>
        <translation>{path} 是文件夹；请选择备份的 .xml 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>messages (sms-*.xml)</source>
        <translation>短信（sms-*.xml）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls (calls-*.xml)</source>
        <translation>通话（calls-*.xml）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a backup of {other}, not {format}</source>
        <translation>{file} 是{other}的备份，不是 {format}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} says it holds {declared} records; {found} were found</source>
        <translation>{file} 声明包含 {declared} 条记录；实际找到 {found} 条</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>{count} recording(s) are of calls already in the case (same number, same time): each is filed with its call, not added as another call</source>
        <translation>有 {count} 段录音属于案件中已有的通话（号码相同、时间相同）：每段录音都归入它所属的那次通话，不会另算一次通话</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} row(s) are calls already recorded: their notes and tags are added to those calls</source>
        <translation>有 {count} 行是已录音的通话：这些行的备注和标签会加到对应的通话上</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} call(s) in the log are already recorded: each line is filed with its recorded call as the phone&apos;s own record of it (its length, the name saved in the phone&apos;s contacts), not added as another call</source>
        <translation>通话记录中有 {count} 次通话已有录音：每一行都作为手机对这次通话的记录（时长、手机通讯录中保存的名字）归入对应的录音通话，不会另算一次通话</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audacity labels go onto a recording: give --recording ID</source>
        <translation>Audacity 标签要加到一段录音上：请用 --recording 指定录音编号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this case has no recording {id}</source>
        <translation>此案件没有编号为 {id} 的录音</translation>
    </message>
    <message>
        <location filename="../../imports/smsbackup.py" line="-222"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{where} has no valid date ({value})</source>
        <translation>{where} 没有有效的日期（{value}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has a date outside 2000–2100 ({value})</source>
        <translation>{where} 的日期不在 2000–2100 年之间（{value}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown call type {value}</source>
        <translation>未知的通话类型 {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where} has an invalid duration ({value})</source>
        <translation>{where} 的时长无效（{value}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} has an impossible duration ({value} s)</source>
        <translation>{where} 的时长不可能（{value} 秒）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>SMS {box}</source>
        <translation>短信{box}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown SMS type {value}</source>
        <translation>未知的短信类型 {value}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MMS {box}</source>
        <translation>彩信{box}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown MMS box {value}</source>
        <translation>未知的彩信信箱 {value}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{file} is not an SMS Backup &amp; Restore file (its root element is {root}, not &lt;calls&gt; or &lt;smses&gt;)</source>
        <translation>{file} 不是 SMS Backup &amp; Restore 的文件（它的根元素是 {root}，不是 &lt;calls&gt; 或 &lt;smses&gt;）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{element} element</source>
        <translation>{element} 元素</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is damaged or incomplete at line {line}, column {column} (after {after} complete record(s)): {reason}</source>
        <translation>{file} 在第 {line} 行第 {column} 列处损坏或不完整（之前有 {after} 条完整记录）：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was refused: it contains a document type declaration (DTD). Backups never do; DTDs are how entity-expansion (&apos;billion laughs&apos;) and external-entity attacks work, so the file is not read</source>
        <translation>{file} 已被拒绝：它含有文档类型声明（DTD）。备份文件从不包含 DTD；实体扩展（“十亿笑声”）和外部实体攻击正是借助 DTD 实施的，因此不读取该文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was refused: it declares XML entities or external references, which backups never contain (a possible entity-expansion attack)</source>
        <translation>{file} 已被拒绝：它声明了 XML 实体或外部引用，备份文件从不包含这些（可能是实体扩展攻击）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} has text that is not valid in its encoding: {reason}</source>
        <translation>{file} 含有不符合其编码的文字：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is empty</source>
        <translation>{file} 是空的</translation>
    </message>
    <message>
        <location filename="../../imports/csvreadings.py" line="+21"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>dates like {example} were read as {date} (month first, as written in {place})</source>
        <translation>{example} 这样的日期按 {date} 读取（月份在前，按{place}的写法）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dates like {example} were read as {date} (day first, as written in {place})</source>
        <translation>{example} 这样的日期按 {date} 读取（日在前，按{place}的写法）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dates without a year were read as the latest such day not in the future: {example} → {date}</source>
        <translation>没有写年份的日期，按不晚于今天的最近一个这样的日子读取：{example} → {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{clock} on {day} was read as {time} on {date}</source>
        <translation>{day} 的“{clock}”按 {date} {time} 读取</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.py" line="+76"/>
        <source>Import from my phone</source>
        <translation>从手机导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+401"/>
        <source>&amp;Read the file</source>
        <translation>读取文件(&amp;R)</translation>
    </message>
    <message>
        <location line="-398"/>
        <location line="+395"/>
        <location line="+36"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>Phone call log — an SMS Backup &amp;&amp; Restore file (calls-….xml)</source>
        <translation>手机通话记录——SMS Backup &amp;&amp; Restore 备份文件（calls-….xml）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text messages — an SMS Backup &amp;&amp; Restore file (sms-….xml)</source>
        <translation>短信——SMS Backup &amp;&amp; Restore 备份文件（sms-….xml）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call recordings made by BCR (the folder they are in)</source>
        <translation>BCR 录制的通话录音（所在的文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact log spreadsheet (.csv)</source>
        <translation>联系记录表格（.csv）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audacity labels for one of my recordings (.txt)</source>
        <translation>我某个录音的 Audacity 标签（.txt）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Import into “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入到“%1”&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in calls and messages your phone already has. First you will see what the file holds and choose which numbers belong to this case; nothing is added before you confirm.</source>
        <translation>导入手机里已有的通话和短信。您会先看到文件里有什么，并选择哪些号码属于本案件；在您确认之前，不会添加任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you want to import?</source>
        <translation>您要导入什么？</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+54"/>
        <source>C&amp;hoose file(s)…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Choose what to import</source>
        <translation>选择要导入的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen files</source>
        <translation>已选择的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an empty &amp;spreadsheet to fill in…</source>
        <translation>保存一个空白表格来填写(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a contact log template</source>
        <translation>保存联系记录模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The labels belong to this recor&amp;ding:</source>
        <translation>这些标签属于此录音(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the labels belong to</source>
        <translation>标签所属的录音</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>C&amp;hoose the folder…</source>
        <translation>选择文件夹(&amp;H)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call log backups (*.xml)</source>
        <translation>通话记录备份 (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message backups (*.xml)</source>
        <translation>短信备份 (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>表格 (*.csv)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Label files (*.txt)</source>
        <translation>标签文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the BCR folder</source>
        <translation>选择 BCR 文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the label file</source>
        <translation>选择标签文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file(s)</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the contact log template</source>
        <translation>保存联系记录模板</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 and a guide to its columns beside it. Add one row per contact in a spreadsheet, save it as CSV (UTF-8), then import it here.</source>
        <translation>已保存 %1，旁边还有一份各列的说明。请在表格软件中每次联系填写一行，另存为 CSV（UTF-8），然后在这里导入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick the numbers that belong to this case, and say who called from each. Numbers you leave unticked (family, friends, your bank) are not imported.</source>
        <translation>请勾选属于本案件的号码，并说明每个号码是谁打来的。未勾选的号码（家人、朋友、您的银行）不会被导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is your own log: every number in it is ticked. Say who called from each; untick a number only if its rows do not belong to this case.</source>
        <translation>这是您自己记录的联系记录：其中每个号码都已勾选。请注明每个号码是谁打来的；只有当某个号码的记录不属于本案件时，才取消勾选。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;——%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n label(s) found</source>
        <translation>
            <numerusform>找到 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already on the recording</source>
        <translation>
            <numerusform>%n 个已在录音上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>找到 %n 次联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this case</source>
        <translation>
            <numerusform>%n 次已在本案件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n removed from this case after an earlier import (not added again)</source>
        <translation>
            <numerusform>%n 次在之前导入后已从本案件删除（不再添加）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n duplicate(s) from overlapping backups merged</source>
        <translation>
            <numerusform>已合并重叠备份中的 %n 条重复记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entry(ies) skipped</source>
        <translation>
            <numerusform>跳过 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n number(s) ticked</source>
        <translation>
            <numerusform>已勾选 %n 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Add notes to %n recorded call(s)</source>
        <translation>
            <numerusform>把备注加到 %n 次已录音的通话上(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;File the log with %n recorded call(s)</source>
        <translation>
            <numerusform>把通话记录归入 %n 次已录音的通话(&amp;F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Import %n new contact(s)</source>
        <translation>
            <numerusform>导入 %n 次新联系(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import stopped.</source>
        <translation>导入已停止。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added to the case: %1</source>
        <translation>已添加到案件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the case (not added twice): %1</source>
        <translation>案件中已有（未重复添加）：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes and tags added to calls already recorded: %1</source>
        <translation>加到已录音通话上的备注和标签：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls already recorded, now confirmed by the phone&apos;s call log: %1</source>
        <translation>已有录音、现由手机通话记录印证的通话：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed from the case after an earlier import (not added again): %1</source>
        <translation>之前导入后已从案件删除（未再添加）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts not imported (numbers you did not tick): %1</source>
        <translation>未导入的联系（您未勾选的号码）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped while reading (drafts, unreadable entries…): %1</source>
        <translation>读取时跳过（草稿、无法读取的条目等）：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cancelled; importing the same file again adds the rest.</source>
        <translation>您已取消；再次导入同一文件会添加剩余部分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No recording</source>
        <translation>没有录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has no recording to put the labels on.</source>
        <translation>本案件没有可以添加这些标签的录音。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was added to your case.</source>
        <translation>您的案件中没有添加任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>This file cannot be imported</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts saved before the problem are kept; importing the same file again adds only the rest. The reason:</source>
        <translation>出现问题之前已保存的联系会保留；再次导入同一文件只会添加剩余部分。原因：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>ImportFacts</name>
    <message>
        <location filename="../../ui/labels.py" line="+160"/>
        <source>missed</source>
        <translation>未接听</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>went to voicemail</source>
        <translation>转入语音信箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected on the phone</source>
        <translation>在手机上拒接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked by the phone&apos;s refuse list</source>
        <translation>被手机的拦截名单拦截</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked as allowed by the network</source>
        <translation>网络标记为允许显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden by the caller</source>
        <translation>对方隐藏了号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown to the network</source>
        <translation>网络未提供号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a payphone</source>
        <translation>来自公用电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>caller ID withheld (%1)</source>
        <translation>来电号码未显示（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saved in the phone&apos;s contacts as “%1”</source>
        <translation>手机通讯录中保存为“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the phone showed “%1”</source>
        <translation>手机显示为“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not imported from the message: %1</source>
        <translation>未从彩信中导入：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>also sent to %1</source>
        <translation>同时发送给 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+29"/>
        <source>; </source>
        <comment>between two facts of a phone&apos;s record; Chinese: ；</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>also in the phone&apos;s call log</source>
        <translation>手机的通话记录中也有这通电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also in the phone&apos;s call log, which gives its length as %1</source>
        <translation>手机的通话记录中也有这通电话，记录的通话时长为 %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location line="-197"/>
        <source>United States</source>
        <extracomment>the number an import stores for a withheld caller (imports.common.WITHHELD_RAW): our word</extracomment>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agency</source>
        <translation>催收机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original creditor</source>
        <translation>原始债权人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law firm</source>
        <translation>律师事务所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party (family, employer…)</source>
        <translation>第三方（家人、雇主等）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat message</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From them</source>
        <translation>对方发起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From me</source>
        <translation>我发起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To others</source>
        <translation>联系他人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded here</source>
        <translation>在本软件录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by hand</source>
        <translation>手动记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>still recording</source>
        <translation>仍在录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered after an interruption</source>
        <translation>中断后已恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped by a problem (the audio so far is kept)</source>
        <translation>因故障停止（已录下的声音都已保存）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported</source>
        <translation>导入的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>withheld or unknown caller</source>
        <translation>隐藏号码或未知来电</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown country code</source>
        <translation>未知的国家代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short service number</source>
        <translation>服务短号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid number</source>
        <translation>不是有效的号码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a valid number in region %1</source>
        <translation>在 %1 地区不是有效的号码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>withheld (%1)</source>
        <translation>隐藏号码 (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>withheld</source>
        <translation>未显示号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>caller ID withheld</source>
        <translation>来电号码未显示</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>customer service</source>
        <translation>客服</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="+96"/>
        <source>Follow the system</source>
        <extracomment>The translators installed now, kept referenced so Qt does not lose them.</extracomment>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../ui/timeline/ledger.py" line="+91"/>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Kept late: paid on %1</source>
        <translation>已履行（逾期）：于 %1 还款</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>Date passed %n day(s) ago</source>
        <translation>
            <numerusform>所定日期已过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kept: paid on %1</source>
        <translation>已履行：于 %1 还款</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You paid %1 on %2 in answer to it</source>
        <translation>您就此于 %2 付款 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You paid %1 on %2, after their date</source>
        <translation>您于 %2 付款 %1，晚于对方所定日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You paid %1 on %2, by their date</source>
        <translation>您于 %2 付款 %1，在对方所定期限内</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 paid</source>
        <translation>已还 %1（共 %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open, no date</source>
        <translation>待履行，无日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They did</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I did</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../ui/callpanel.py" line="-49"/>
        <location filename="../../ui/timeline/ledger.py" line="+6"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/ledger.py" line="+8"/>
        <source>paid on %1</source>
        <translation>%1 还款</translation>
    </message>
    <message numerus="yes">
        <location line="-90"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n payment(s) linked to it will stay on record, linked to no promise.</source>
        <translation>
            <numerusform>与它关联的 %n 笔还款会保留记录，但不再关联任何承诺。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="-61"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n promise(s) overdue.</source>
        <translation>
            <numerusform>%n 项承诺已逾期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="+123"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <location filename="../../ui/timeline/ledger.py" line="+129"/>
        <source>Who promised</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>承诺方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They did</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I did</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid on</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For promise</source>
        <translation>对应承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a pro&amp;mise…</source>
        <translation>添加承诺(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A promise made in a letter, SMS, visit or a call you did not record</source>
        <translation>在信件、短信、上门或未录音的通话中做出的承诺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a pa&amp;yment…</source>
        <translation>添加还款(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment you made (if a promise is selected, it pays that promise)</source>
        <translation>您的一笔还款（如果选中了某项承诺，这笔还款就算在该承诺下）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;kept</source>
        <translation>标为已履行(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;broken</source>
        <translation>标为未履行(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the selected promise or payment (or double-click it)</source>
        <translation>修改所选的承诺或还款（也可以双击它）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected promise or payment, for example one entered twice (or press Delete); the case&apos;s audit log keeps what it was</source>
        <translation>删除所选的承诺或还款，例如重复录入的一条（也可以按 Delete 键）；案件的审计日志会保留它原来的内容</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Promises&lt;/b&gt; — theirs and yours</source>
        <translation>&lt;b&gt;承诺&lt;/b&gt;——对方的和您的</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&lt;b&gt;Payments&lt;/b&gt; you made</source>
        <translation>您的&lt;b&gt;还款&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No promises recorded.</source>
        <translation>没有记录任何承诺。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing overdue.</source>
        <translation>没有逾期的承诺。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>E&amp;dit promise…</source>
        <translation>修改承诺(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove promise…</source>
        <translation>删除承诺(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit payment…</source>
        <translation>修改还款(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove payment…</source>
        <translation>删除还款(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit…</source>
        <translation>修改(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove…</source>
        <translation>删除(&amp;O)…</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Remove a promise</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this promise?</source>
        <translation>删除这条承诺吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a payment</source>
        <translation>删除还款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this payment?</source>
        <translation>删除这笔还款吗？</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/levelmeter.py" line="+65"/>
        <source>Silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dBFS</source>
        <translation>%1 dBFS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too loud, distorted</source>
        <translation>声音太大，已失真</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../ui/liverefresh.py" line="+110"/>
        <source>Updated with what was saved in another OnRecord window or by the onrecord command.</source>
        <extracomment>The window now shows what was saved elsewhere.</extracomment>
        <translation>已显示另一个 OnRecord 窗口或 onrecord 命令刚保存的内容。</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../ui/lockui.py" line="+24"/>
        <source>Passphrase to open OnRecord:</source>
        <translation>打开 OnRecord 的密码短语：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>That passphrase is not right.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remove the passphrase</source>
        <translation>取消密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the current passphrase to remove it:</source>
        <translation>输入当前的密码短语以取消它：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+26"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>OnRecord no longer asks for a passphrase.</source>
        <translation>OnRecord 不再要求输入密码短语。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Lock with a passphrase</source>
        <translation>用密码短语锁定</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>OnRecord will ask for this passphrase when it opens. It keeps others from opening your cases here; it does not encrypt the files. If you forget it, delete the “lock” line in settings.json in the data folder.

Passphrase:</source>
        <translation>OnRecord 打开时会要求输入这个密码短语。它能防止别人在这里打开您的案件，但不会加密文件。如果忘记了，请删除数据文件夹中 settings.json 里的“lock”一行。

密码短语：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type it again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ; nothing changed.</source>
        <translation>两次输入的密码短语不一致；没有做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use at least 4 characters.</source>
        <translation>请至少使用 4 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OnRecord will ask for it from the next start.</source>
        <translation>从下次启动起，OnRecord 会要求输入它。</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+155"/>
        <source>Log a contact</source>
        <translation>记录一次联系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a contact</source>
        <translation>修改联系记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Missed call</source>
        <translation>未接来电(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMS</source>
        <translation>短信(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter</source>
        <translation>信件(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit</source>
        <translation>上门(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call (not recorded)</source>
        <translation>通话（未录音）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>语音留言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat message</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/whenfield.py" line="+63"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the contact&apos;s time zone, not this computer&apos;s</source>
        <translation>这是该联系记录的时区，不是这台电脑的时区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case&apos;s time zone, not this computer&apos;s</source>
        <translation>这是案件的时区，不是这台电脑的时区</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Read as %1 — type A for %2.</source>
        <translation>按 %1 记录——输入 A 可改为 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1 — type P for %2.</source>
        <translation>按 %1 记录——输入 P 可改为 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/numberfield.py" line="+62"/>
        <source>(no number)</source>
        <extracomment>the role of a listed number&apos;s &quot;whose&quot; words (the list shows them; the field does not)</extracomment>
        <translation>（无号码）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number, or leave empty</source>
        <translation>号码，可留空</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+42"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From them to me</source>
        <translation>对方联系我</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From me to them</source>
        <translation>我联系对方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From them to someone else (family, friends, work)</source>
        <translation>对方联系了别人（家人、朋友、单位）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In this contact I told them</source>
        <translation>在这次联系中我告诉对方</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None of these</source>
        <translation>都没有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To stop contacting me</source>
        <translation>停止联系我</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That I have a lawyer (to contact my lawyer)</source>
        <translation>我已委托律师（请联系我的律师）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not to call me at work</source>
        <translation>不要打到我的工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filesfield.py" line="+77"/>
        <source>Attach files to this contact</source>
        <translation>为这次联系附加文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files for this contact</source>
        <translation>这次联系的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshots, letter scans, chat exports: copied into the case and fingerprinted when the contact is saved</source>
        <translation>截图、信件扫描件、聊天记录导出文件：保存联系记录时复制到案件中并计算指纹</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+64"/>
        <source>In this contact, I t&amp;old them:</source>
        <translation>在这次联系中，我告诉对方(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filesfield.py" line="+42"/>
        <source>File not attached</source>
        <translation>文件未附加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is attached to this contact already.</source>
        <translation>%1 已经附加在这次联系上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case itself</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the contact of %1 (%2, #%3)</source>
        <translation>%1 的联系记录（%2，#%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already in this case, attached to %2 (the same file, by its fingerprint). A file is kept once, so it is not attached here.</source>
        <translation>%1 已在本案件中，附加在%2上（按指纹判断是同一个文件）。同一个文件只保存一次，因此不会附加在这里。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1  (fingerprint %2…)</source>
        <translation>%1  （指纹 %2…）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  (attached when saved)</source>
        <translation>%1  （保存时附加）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No files attached yet.</source>
        <translation>还没有附件。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/whenfield.py" line="-14"/>
        <source>Later than now: check the date and the hour.</source>
        <translation>晚于现在：请检查日期和时间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read as %1 (%2 is later than now).</source>
        <translation>按 %1 记录（%2 晚于现在）。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/numberfield.py" line="+47"/>
        <source>A letter, a visit or an email does not come from a phone number: keep this number only if it really belongs to this contact, or empty the field.</source>
        <translation>信件、上门或电子邮件不是从电话号码来的：只有这个号码确实属于这次联系时才保留，否则请清空此栏。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a phone number OnRecord recognises: it will be kept exactly as typed. Check it, or leave the field empty.</source>
        <translation>这个号码好像不完整或有误。它会按输入的原样保存，请核对，或者留空。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="+81"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/contactchecks.py" line="+54"/>
        <source>Logged already?</source>
        <translation>已经记录过了？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This looks like a contact you have logged already:

%1

Log it again?</source>
        <translation>这条联系记录好像已经记过了：

%1

还要再记录一次吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log it again</source>
        <translation>再记录一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Later than now</source>
        <translation>晚于现在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is later than the time now (%2). Contacts are logged after they happen: please check the date and hour. Log it with this time anyway?</source>
        <translation>%1 晚于现在的时间（%2）。联系应在发生之后记录：请检查日期和钟点。仍按这个时间记录吗？</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/logdialog.py" line="-145"/>
        <source>What happened (tags)</source>
        <translation>发生了什么（标签）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Choose this if, in this contact, you told the collector to stop contacting you, that you have a lawyer, or not to call you at work. It is kept with the contact and shown in the report. Where the rules OnRecord knows limit what a collector may do after it (the US rules), their contacts that ignore it are shown as possible issues.</source>
        <translation>如果您在这次联系中告诉催收方停止联系您、告知您有律师，或不要打到您的工作单位，请选择此项。它会和这次联系一起保存，并写进报告。在 OnRecord 了解的规则对此类要求之后的催收行为有限制的地方（美国的规则），对方无视这一要求的后续联系会显示为可能存在的问题。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what they said or wrote</source>
        <translation>可不填：对方说了或写了什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the correction</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for example: wrong number</source>
        <translation>可不填，例如：号码填错了</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W&amp;ho:</source>
        <translation>对方(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not&amp;e:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log it</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A recorded call&apos;s kind and time come from its recording</source>
        <translation>已录音通话的类型和时间来自录音本身</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/caselist.py" line="+56"/>
        <source>Cases</source>
        <extracomment>True while the case list is put back or reloaded by the window itself: a change of its current row is then not the user choosing a case.</extracomment>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/mainmenu.py" line="+35"/>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;案件&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+90"/>
        <source>C&amp;all</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>通话(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/caselist.py" line="+71"/>
        <location filename="../../ui/mainwindow.py" line="+1"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+1"/>
        <source>&amp;People and numbers</source>
        <translation>人员和号码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review calls</source>
        <translation>回听通话(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patt&amp;erns</source>
        <translation>联系统计(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible &amp;issues</source>
        <translation>可能存在的问题(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Data folder: %s</source>
        <translation>数据文件夹：%s</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenu.py" line="-1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;demo cases</source>
        <translation>添加演示案件(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from my phone…</source>
        <translation>从手机导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export for my lawyer…</source>
        <translation>导出给律师(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Check an evidence package…</source>
        <translation>核验证据包(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settin&amp;gs</source>
        <translation>设置(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tag buttons for calls…</source>
        <translation>通话标签按钮(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up all data…</source>
        <translation>备份全部资料(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份还原(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Data folder…</source>
        <translation>数据文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passphrase to open OnRecord…</source>
        <translation>打开时的密码短语(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First-run guide…</source>
        <translation>首次使用向导(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OnRecord</source>
        <translation>关于 OnRecord(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/caselist.py" line="-64"/>
        <source>Unsorted calls</source>
        <translation>未归类通话</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="+15"/>
        <source>● REC — %s</source>
        <translation>● 录音中——%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OnRecord — recording</source>
        <translation>OnRecord——正在录音</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● REC %1 — %2</source>
        <translation>● 录音中 %1——%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Recovery problem</source>
        <translation>恢复时出现问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recordings recovered</source>
        <translation>录音已恢复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo cases</source>
        <translation>演示案件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n demo case(s) added to the list on the left (references starting with DEMO). They are made up, with generated voices, to try OnRecord.</source>
        <translation>
            <numerusform>已在左侧列表中添加 %n 个演示案件（编号以 DEMO 开头）。这些案件是虚构的，声音由程序生成，供您试用 OnRecord。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo cases are already in the list on the left.</source>
        <translation>演示案件已经在左侧列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenu.py" line="+37"/>
        <source>Tag buttons</source>
        <translation>标签按钮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag buttons can be changed when no call is being recorded.</source>
        <translation>没有正在录音的通话时才能修改标签按钮。</translation>
    </message>
    <message>
        <location filename="../../ui/backupui.py" line="+34"/>
        <source>Back up all data</source>
        <translation>备份全部资料</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>OnRecord backup (*.zip)</source>
        <translation>OnRecord 备份 (*.zip)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Backup not made</source>
        <translation>备份未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup made</source>
        <translation>备份已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases, recordings and attachments were saved to:
%s

Keep it somewhere safe, e.g. a USB drive. The key that signs your exports is not in it.</source>
        <translation>全部案件、录音和附件已保存到：
%s

请把它放在安全的地方，例如 U 盘。用于为导出签名的密钥不在其中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To back it up too, encrypted with a passphrase you choose, use the command line: onrecord backup --out FILE --include-signing-key</source>
        <translation>如果也要备份它（用您自己选择的密码短语加密），请使用命令行：onrecord backup --out FILE --include-signing-key</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passphrase of the signing key</source>
        <translation>签名密钥的密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup holds the key that signs your exports, encrypted. Type the passphrase chosen when the backup was made:</source>
        <translation>这个备份里有为您的导出签名的密钥（已加密）。请输入制作备份时选择的密码短语：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase does not open the signing key. Try again:</source>
        <translation>这个密码短语打不开签名密钥。请再试一次：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore without the signing key?</source>
        <translation>不恢复签名密钥？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore everything else from the backup and keep this installation&apos;s own signing key? Choose No to cancel the restore.</source>
        <translation>恢复备份中的其他所有内容，并保留这台电脑自己的签名密钥？选择“否”则取消恢复。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recording first.</source>
        <translation>请先停止录音。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Restore from a backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data now in OnRecord will be replaced by the backup&apos;s. It is not deleted: it is kept in a folder beside it. OnRecord closes when the restore is done.</source>
        <translation>OnRecord 中现有的资料将被备份中的资料取代。现有资料不会被删除：它会保留在旁边的一个文件夹中。还原完成后 OnRecord 会关闭。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+29"/>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="-213"/>
        <source>Call evidence</source>
        <extracomment>Height left above the window for the title bar the window system adds around it. True while the case list is put back or reloaded by the window itself: a change of its current row is then not the user choosing a case. Set after a restore or a move: the data is elsewhere now, nothing may be saved here.</extracomment>
        <translation>通话存证</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A call is being recorded. Stop the recording, save it and quit OnRecord? Or keep recording?</source>
        <translation>正在录音。要停止录音、保存并退出 OnRecord 吗？还是继续录音？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop, save and quit</source>
        <translation>停止、保存并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep recording</source>
        <translation>继续录音</translation>
    </message>
    <message>
        <location filename="../../ui/backupui.py" line="+5"/>
        <source>The previous data is kept in:
%s</source>
        <translation>原来的资料保留在：
%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>备份已还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was checked and restored. Open OnRecord again.</source>
        <translation>备份已经过检查并还原。请重新打开 OnRecord。</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenu.py" line="+34"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is saved. Close OnRecord and open it again to see it in the new language. Nothing you have recorded or written is lost.</source>
        <translation>语言设置已保存。请关闭 OnRecord 再重新打开，即可使用新的语言。您录制和填写的内容都不会丢失。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About OnRecord</source>
        <translation>关于 OnRecord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OnRecord %s — records calls from debt collectors, keeps a case file and exports evidence you can verify.

Everything stays on this computer. OnRecord gives information, not legal advice.</source>
        <translation>OnRecord %s——为催收来电录音，整理案件资料，并导出可以核验的证据。

所有内容都只保存在这台电脑上。OnRecord 仅提供信息，不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>MarkEditing</name>
    <message>
        <location filename="../../ui/review/editing.py" line="+45"/>
        <source>Note not saved</source>
        <translation>备注未保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not retracted</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark not added</source>
        <translation>标记未添加</translation>
    </message>
    <message>
        <location filename="../../ui/review/callfiles.py" line="+106"/>
        <location line="+13"/>
        <source>File not attached</source>
        <translation>文件未附加</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is attached to this call already (the same file, by its fingerprint, as %2).</source>
        <translation>%1 已经附加到这次通话（按文件指纹，与 %2 是同一个文件）。</translation>
    </message>
</context>
<context>
    <name>MicTest</name>
    <message>
        <location filename="../../ui/firstrun.py" line="-222"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press “Test the microphone” and say a few words.</source>
        <translation>按“测试麦克风”，然后说几句话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test the microphone (3 s)</source>
        <translation>测试麦克风（3 秒）(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play it back</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Listening… say a few words.</source>
        <translation>正在听……请说几句话。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The microphone could not be opened: %s</source>
        <translation>无法打开麦克风：%s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Almost nothing was heard. Is the right microphone chosen, and not muted? Speak closer and test again.</source>
        <translation>几乎没有听到声音。是否选对了麦克风？是否被静音？请靠近一些再测试一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone works, but it was too loud: the sound distorted. Move it a little away or turn its volume down, then test again.</source>
        <translation>麦克风正常，但声音太大、已经失真。请把它稍微拿远一点或调低音量，然后再测一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The microphone works. Play it back to check.</source>
        <translation>麦克风正常。回放听听看。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/movedialog.py" line="+20"/>
        <source>Move to another case</source>
        <translation>移到其他案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File this contact under:</source>
        <translation>将这次联系归入：</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/review/marks.py" line="-78"/>
        <source>Edit the note</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. “typo” or “heard it again”</source>
        <translation>可不填，例如“打错字”或“重新听了一遍”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it changed</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier versions</source>
        <translation>以前的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it changed:</source>
        <translation>修改原因(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier versions are kept and stay visible in the case file:</source>
        <translation>以前的版本会保留，并一直显示在案件资料中：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save new version</source>
        <translation>保存新版本</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <location filename="../../ui/people.py" line="+106"/>
        <source>Edit number</source>
        <translation>编辑号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add number</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as it appears on your phone</source>
        <translation>按手机上显示的填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not known yet)</source>
        <translation>（暂不清楚）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. office line</source>
        <translation>例如：办公室电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Number</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belongs to</source>
        <translation>所属(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>说明(&amp;L)</translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <location filename="../../ui/import_numbers.py" line="+40"/>
        <source>Numbers found in the file</source>
        <translation>文件中找到的号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First – last (local time)</source>
        <translation>最早 – 最近（当地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in this case</source>
        <translation>已在本案件中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the phone</source>
        <translation>手机上的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Caller ID withheld</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No number (letters, visits, emails)</source>
        <translation>没有号码（信件、上门、电子邮件）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 already imported</source>
        <translation>%2 次中已导入 %1 次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 already recorded (notes and tags added to those calls)</source>
        <translation>%2 次中有 %1 次已录音（备注和标签已加到这些通话上）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 already recorded (filed with those calls as the phone&apos;s record)</source>
        <translation>%2 次中有 %1 次已录音（已作为手机的记录归入这些通话）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 removed earlier (not imported again)</source>
        <translation>%2 次中有 %1 次之前已删除（不再导入）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Collector for %1</source>
        <translation>%1 的催收人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not sure —</source>
        <translation>——不确定——</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>New collector…</source>
        <translation>新的催收人员…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This number already belongs to %1.</source>
        <translation>这个号码已属于 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New collector</source>
        <translation>新的催收人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the collector or company:</source>
        <translation>催收人员或公司的名称：</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../ui/people.py" line="-62"/>
        <source>Edit collector</source>
        <translation>编辑催收人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add collector</source>
        <translation>添加催收人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>other names they used</source>
        <translation>对方用过的其他名字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Employee ID</source>
        <translation>工号(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Also called</source>
        <translation>别名(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>身份(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="-155"/>
        <source>Add a payment</source>
        <translation>添加还款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a payment</source>
        <translation>修改还款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount paid</source>
        <translation>还款金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment date</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was paid</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: bank transfer, cash, card</source>
        <translation>例如：银行转账、现金、刷卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: receipt or transfer number</source>
        <translation>可不填：收据号或转账流水号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which promise it pays</source>
        <translation>这笔还款对应哪项承诺</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No particular promise</source>
        <translation>不对应特定承诺</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid on:</source>
        <translation>还款日期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>凭证号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For promise:</source>
        <translation>对应承诺(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add payment</source>
        <translation>添加还款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../ui/people.py" line="+84"/>
        <source>Name</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As typed</source>
        <translation>输入内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to</source>
        <translation>所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Collectors and organisations</source>
        <translation>催收人员和机构</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+17"/>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add c&amp;ollector…</source>
        <translation>添加催收人员(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add n&amp;umber…</source>
        <translation>添加号码(&amp;U)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid (%s)</source>
        <translation>有效（%s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept as typed: %s</source>
        <translation>按输入保留：%s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove collector</source>
        <translation>删除催收人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Remove %s? The audit log keeps a record of the removal.</source>
        <translation>删除 %s 吗？审计日志会保留这次删除的记录。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove number</source>
        <translation>删除号码</translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <location filename="../../imports/csvreadings.py" line="-82"/>
        <location filename="../../ui/placenames.py" line="+54"/>
        <source>Mainland China</source>
        <extracomment>the names the case form gives phone regions (ui/placenames.py: the same words, translated there); any other region is named by its code
----------
the currencies offered first; any other ISO 4217 code can be typed</extracomment>
        <translation>中国大陆</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/placenames.py" line="+1"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../../ui/placenames.py" line="+23"/>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese yuan (RMB)</source>
        <translation>人民币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Taiwan dollar</source>
        <translation>新台币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong dollar</source>
        <translation>港元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British pound</source>
        <translation>英镑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>euro</source>
        <translation>欧元</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../progresswords.py" line="-62"/>
        <source>Reading the case…</source>
        <translation>正在读取案件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying recordings and attachments…</source>
        <translation>正在复制录音和附件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the case file and audit log…</source>
        <translation>正在写入案件资料和审计日志…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprinting every file and signing the package…</source>
        <translation>正在为每个文件计算指纹并为证据包签名…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package complete.</source>
        <translation>证据包已完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the zip file…</source>
        <translation>正在写入 zip 文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting the package in its folder…</source>
        <translation>正在把证据包放入文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the copies to the disk…</source>
        <translation>正在把副本写入磁盘…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the package to the disk…</source>
        <translation>正在把证据包写入磁盘…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read.</source>
        <translation>已读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings read.</source>
        <translation>录音已读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing contact %1 of %2…</source>
        <translation>正在导入第 %1 条联系（共 %2 条）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing label %1 of %2…</source>
        <translation>正在导入第 %1 个标签（共 %2 个）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../ui/export_task.py" line="+135"/>
        <source>Progress</source>
        <extracomment>Languages the reports and the rule packs are written in.</extracomment>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is happening now</source>
        <translation>当前进展</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="-143"/>
        <source>Add a promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit a promise</source>
        <translation>修改承诺</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;I promised</source>
        <translation>我做出的承诺(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;They promised or offered</source>
        <translation>对方做出的承诺或提议(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: pay 150 by the 15th</source>
        <translation>例如：15 日前支付 150</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promised amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, for example %1</source>
        <translation>可不填，例如 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By a &amp;date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who on their side</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made during which contact</source>
        <translation>在哪次联系中做出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the logged contacts</source>
        <translation>不在已记录的联系中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who:</source>
        <translation>承诺方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;side:</source>
        <translation>对方人员(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact:</source>
        <translation>联系记录(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
</context>
<context>
    <name>PromiseEntry</name>
    <message>
        <location filename="../../ui/callerinfo.py" line="+21"/>
        <source>A promise was made</source>
        <translation>有人做出了承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The promise has a date</source>
        <translation>承诺有截止日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promised date</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their promise</source>
        <translation>对方的承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My promise</source>
        <translation>我的承诺</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_gaps.py" line="+21"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../store/lookup.py" line="+18"/>
        <source>attached file</source>
        <extracomment>What lookup.get is asked for, by name, for the translators of &quot;there is no … with id …&quot;.</extracomment>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collector or organisation</source>
        <translation>催收人员或机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact event</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event tag</source>
        <translation>联系记录的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party</source>
        <translation>催收人员或机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>录音</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../audio/process.py" line="+177"/>
        <source>The recorder stopped unexpectedly while starting, so nothing was recorded. Please try again; if it happens again, restart OnRecord.

Details: exit code {code}; {detail}</source>
        <translation>录音程序在启动时意外停止，因此没有录下任何内容。请再试一次；如果再次发生，请重新启动 OnRecord。

详细信息：退出码 {code}；{detail}</translation>
    </message>
    <message>
        <location filename="../../audio/streams.py" line="+71"/>
        <source>The sound source for the other side ({device}) could not be opened, so nothing was recorded. Choose another source for the other side, or check that it is connected and that no other program is using it.

Details: {detail}</source>
        <translation>无法打开对方声音的来源（{device}），因此没有录下任何内容。请为对方声音选择其他来源，或检查它是否已连接、是否正被其他程序使用。

详细信息：{detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The microphone ({device}) could not be opened, so nothing was recorded. Choose another microphone, or check that it is plugged in and that no other program is using it.

Details: {detail}</source>
        <translation>无法打开麦克风（{device}），因此没有录下任何内容。请选择其他麦克风，或检查它是否已插好、是否正被其他程序使用。

详细信息：{detail}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The computer&apos;s sound system (PulseAudio or PipeWire) cannot be reached, so this sound source cannot be opened and nothing was recorded. Restarting the computer usually helps.

Details: PortAudio has no &apos;pulse&apos; device (is libasound2-plugins installed and the sound server running?)</source>
        <translation>无法连接电脑的声音系统（PulseAudio 或 PipeWire），因此无法打开这个声音来源，没有录下任何内容。重新启动电脑通常可以解决。

详细信息：PortAudio 没有 &apos;pulse&apos; 设备（是否已安装 libasound2-plugins，声音服务是否在运行？）</translation>
    </message>
    <message>
        <location filename="../../audio/recorder.py" line="+672"/>
        <source>OnRecord could not write the recording in {folder}, so nothing was recorded. Check that the disk is not full and that the data folder can be written to.

Details: {detail}</source>
        <translation>OnRecord 无法在 {folder} 中写入录音，因此没有录下任何内容。请检查磁盘是否已满，以及数据文件夹是否可以写入。

详细信息：{detail}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recoverynotice.py" line="+39"/>
        <source>OnRecord stopped unexpectedly while a call was being recorded. What was recorded up to that moment is kept, and nothing already recorded was changed.</source>
        <translation>OnRecord 在录音时意外停止。停止前录下的内容都已保留，已录下的内容没有任何改动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The recording is open in Review calls. The evidence package says for each recording that it was interrupted and where it ends.</source>
        <translation>这段录音已在“回听通话”中打开。证据包会为每段录音说明它曾被中断，以及它在何处结束。</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>• Call of %1 in the case “%2”: %3 long, %n mark(s) kept.</source>
        <translation>
            <numerusform>• %1 的通话，属于案件“%2”：时长 %3，保留了 %n 个标记。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The recording ends where OnRecord stopped; the last second before that may be missing, and the call may have gone on after it.</source>
        <translation>录音在 OnRecord 停止处结束；停止前的最后一秒可能缺失，通话也可能在那之后还在继续。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording ends where OnRecord stopped; nothing before that is missing, but the call may have gone on after it.</source>
        <translation>录音在 OnRecord 停止处结束；在此之前的内容没有缺失，但通话可能在那之后还在继续。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The caller you typed is kept: %1</source>
        <translation>您输入的来电人已保留：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note you were typing and had not saved is kept as an unconfirmed draft at the moment you began it: “%1”</source>
        <translation>您正在输入、尚未保存的备注已作为“未确认的草稿”保留在您开始输入的时刻：“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This recording was completed after an interruption: it ends where OnRecord stopped, and the call may have gone on after that. Nothing before that is missing, and the file was not changed.</source>
        <translation>这段录音在中断后已补全：它在 OnRecord 停止处结束，通话可能在那之后还在继续。在此之前的内容没有缺失，文件也没有被改动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recorded sound was changed: only the length written in the file&apos;s header was filled in.</source>
        <translation>录下的声音没有任何改动：只补写了文件头中记录的长度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file was not changed.</source>
        <translation>文件没有被改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This recording was completed after an interruption: it ends where OnRecord stopped, and the last second before that may be missing.</source>
        <translation>这段录音在中断后已补全：它在 OnRecord 停止处结束，停止前的最后一秒可能缺失。</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/timeline/ledgerdialog.py" line="+181"/>
        <source>The removal is recorded in the case&apos;s audit log, with what was removed and your reason; an evidence package of the whole case shows it.</source>
        <translation>删除操作会记入案件的审计日志，包括删除的内容和您填写的原因；整个案件的证据包中会显示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for the removal</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for example: entered twice</source>
        <translation>可不填，例如：重复录入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RetractDialog</name>
    <message>
        <location filename="../../ui/review/marks.py" line="+9"/>
        <source>Retract this mark</source>
        <translation>撤回此标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. “pressed the wrong key”</source>
        <translation>例如“按错了键”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mark “%1” will be shown as retracted. Nothing is deleted: the mark, its notes and this retraction stay in the case file and in the export.</source>
        <translation>标记“%1”将显示为已撤回。不会删除任何内容：标记、它的备注以及这次撤回都会保留在案件资料和导出内容中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retract</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location line="-196"/>
        <location line="+27"/>
        <location line="+52"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+108"/>
        <source>Retracted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Added later</source>
        <translation>事后添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no note)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why changed: %1</source>
        <translation>修改原因：%1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review/panel.py" line="+70"/>
        <source>Attach files to this call</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog. Asks for files to attach; tests replace it.</extracomment>
        <translation>为这次通话附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/review/recordings.py" line="+46"/>
        <source>Recorded call</source>
        <translation>录音通话</translation>
    </message>
    <message>
        <location filename="../../ui/review/panel.py" line="+16"/>
        <source>Call:</source>
        <translation>通话：</translation>
    </message>
    <message>
        <location filename="../../ui/review/playback.py" line="+40"/>
        <source>◀ Previous mark</source>
        <translation>◀ 上一个标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left arrow</source>
        <translation>左方向键</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <location line="+6"/>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next mark ▶</source>
        <translation>下一个标记 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arrow</source>
        <translation>右方向键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in (Ctrl + mouse wheel)</source>
        <translation>放大（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl + mouse wheel)</source>
        <translation>缩小（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole call</source>
        <translation>整个通话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;mark here…</source>
        <translation>在此处添加标记(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../ui/review/marklist.py" line="+51"/>
        <source>Marks in this call</source>
        <translation>本次通话的标记</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E&amp;dit note…</source>
        <translation>修改备注(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retract…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History of this mark</source>
        <translation>此标记的历史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected mark</source>
        <translation>选中的标记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (every version is kept):</source>
        <translation>历史（每个版本都会保留）：</translation>
    </message>
    <message>
        <location filename="../../ui/review/callfiles.py" line="-58"/>
        <source>Files attached to this call</source>
        <translation>这次通话的附件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach fi&amp;le…</source>
        <translation>附加文件(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots, letters, chat exports: copied into the case and fingerprinted</source>
        <translation>截图、信件、聊天记录导出文件：会复制到案件中并计算指纹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files for this call</source>
        <translation>这次通话的文件</translation>
    </message>
    <message>
        <location filename="../../ui/review/panel.py" line="+34"/>
        <source>Click the waveform to move the cursor · ← → previous / next mark · Space play / pause · Ctrl + wheel to zoom</source>
        <translation>点击波形移动光标 · ← → 上一个 / 下一个标记 · 空格键 播放 / 暂停 · Ctrl + 滚轮 缩放</translation>
    </message>
    <message>
        <location filename="../../ui/review/recordings.py" line="+18"/>
        <source>No recorded calls in this case yet. Calls you record appear here.</source>
        <translation>本案件还没有录音通话。您录制的通话会显示在这里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Call review&lt;/b&gt;</source>
        <translation>&lt;b&gt;回听通话&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/review/panel.py" line="+47"/>
        <source>unknown caller</source>
        <translation>未知来电人</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %2 (%3, %n mark(s))</source>
        <translation>
            <numerusform>%1——%2（%3，%n 个标记）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No sound was recorded in this call: the microphone gave none (or the call has only just started). Its marks and notes are kept.</source>
        <translation>这通电话没有录到声音：麦克风没有传来声音（或者通话刚刚开始）。它的标记和备注都保留着。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Them</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left channel</source>
        <translation>左声道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right channel</source>
        <translation>右声道</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an unknown caller</source>
        <translation>未知来电人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Call with %1&lt;/b&gt; &amp;nbsp; %2 · %3 long</source>
        <translation>&lt;b&gt;与 %1 的通话&lt;/b&gt; &amp;nbsp; %2 · 时长 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audio file of this call is not in the data folder, so it cannot be played.</source>
        <translation>这次通话的音频文件不在数据文件夹中，因此无法播放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audio file of this call could not be read.</source>
        <translation>无法读取这次通话的音频文件。</translation>
    </message>
    <message>
        <location filename="../../ui/review/callfiles.py" line="+14"/>
        <source>%1  (fingerprint %2…)</source>
        <translation>%1  （指纹 %2…）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No files attached yet.</source>
        <translation>还没有附件。</translation>
    </message>
    <message>
        <location filename="../../ui/review/marklist.py" line="+92"/>
        <source>Choose a mark in the list or on the waveform.</source>
        <translation>请在列表或波形上选择一个标记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This call has no marks yet. Use “Add a mark here…”.</source>
        <translation>这次通话还没有标记。请使用“在此处添加标记…”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no note)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../ui/review/playback.py" line="+57"/>
        <location line="+17"/>
        <source>Cannot play this call</source>
        <translation>无法播放这次通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../ui/search/panel.py" line="+32"/>
        <source>Moment in a call</source>
        <translation>通话中的某一刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or company</source>
        <translation>人员或公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location line="+30"/>
        <source>Search notes, tags, names and numbers in every case — e.g. “boss”, “0142”</source>
        <translation>在所有案件中搜索备注、标签、姓名和号码——例如“老板”“0142”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>找到的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+49"/>
        <source>Results open the call at the moment that matched.</source>
        <extracomment>Widths before any result (the longest zone name&apos;s time): the most these columns take; once there are results they take what their texts need, and what was found (the last column) the rest.</extracomment>
        <translation>打开结果会跳到通话中匹配的那一刻。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>(retracted)</source>
        <translation>（已撤回）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click opens one.</source>
        <translation>按 Enter 或双击即可打开。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../store/attachments.py" line="+154"/>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../store/ledger.py" line="+180"/>
        <location filename="../../store/recordings.py" line="+82"/>
        <source>that contact event belongs to another case</source>
        <extracomment>The day the payments first covered the promised amount (any payment, if it names no amount); None while only part of it is paid. Days from the day asked about to the due date (negative: overdue by that many days); None when the promise is closed or has no due date. What payments linked to the user&apos;s promise add up to (None: none linked, or not the user&apos;s promise). Kept promises: the payments that covered it. paid_for_offer: the last payment came after the offer&apos;s date</extracomment>
        <translation>该联系记录属于另一个案件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not copy {path}: {reason}</source>
        <translation>无法复制 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>this file was already withdrawn</source>
        <translation>这个文件已经撤回</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this file is not withdrawn</source>
        <translation>这个文件没有被撤回</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>{name} is already in this case, attached to the case itself (the same file, by its fingerprint); a file is kept once</source>
        <extracomment>The contacts&apos; kinds as the timeline&apos;s Kind column words them (``ui.labels.event_kind``, whose translations, in the context &quot;Labels&quot;, a refusal naming a contact uses too).</extracomment>
        <translation>{name} 已在本案件中，附加在整个案件上（按指纹判断是同一个文件）；同一个文件只保存一次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is already in this case, attached to the contact of {when} ({kind}, #{event}) (the same file, by its fingerprint); a file is kept once</source>
        <translation>{name} 已在本案件中，附加在 {when} 的联系记录（{kind}，#{event}）上（按指纹判断是同一个文件）；同一个文件只保存一次</translation>
    </message>
    <message>
        <location filename="../../store/corrections.py" line="+37"/>
        <source>this is a recorded call: its recording is evidence, so it is never removed; you can move it to another case or correct its details</source>
        <translation>这是一通已录音的通话：录音是证据，所以永远不会被删除；您可以把它移到其他案件，或修改它的详细信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a recorded call: its recording shows the call happened, so it is not withdrawn; if it belongs to another case, or to no case, move it there</source>
        <translation>这是一通录音通话：录音证明通话确实发生过，因此不能撤回；如果它属于另一个案件或不属于任何案件，请把它移过去</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind and time of a recorded call come from its recording and cannot be changed</source>
        <translation>已录音通话的类型和时间来自录音本身，不能更改</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>{count} file(s) attached to this contact were withdrawn; a withdrawn file stays in the case file for good, with the contact it was attached to, so the contact cannot be removed: withdraw it if it was logged by mistake</source>
        <translation>这次联系的 {count} 个附件已撤回；撤回的文件会连同它所属的联系一直保留在案件资料中，因此这次联系不能删除：如果是误记的，请将其撤回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} file(s) are attached to this contact; attached files are evidence and are never removed, so the contact is not either: correct its details, or withdraw it if it was logged by mistake</source>
        <translation>这条联系记录附有 {count} 个文件；附件是证据，永远不会删除，因此这条记录也不能删除：请更正它的内容；如果是误记的，可以撤回它</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this contact has {count} tag(s), and tags are kept for good (a withdrawn tag too), so the contact cannot be removed: correct its details, move it to another case, or withdraw it if it was logged by mistake</source>
        <translation>这条联系记录有 {count} 个标签，标签会永久保留（已撤回的标签也一样），因此这条记录不能删除：请更正它的内容、把它移到另一个案件；如果是误记的，可以撤回它</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>this contact was already withdrawn</source>
        <translation>这条联系记录已经撤回了</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this contact is not withdrawn</source>
        <translation>这条联系记录没有被撤回</translation>
    </message>
    <message>
        <location filename="../../store/casefile.py" line="+160"/>
        <source>a case has no field {name}</source>
        <translation>案件没有 {name} 这一项</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a case with reference {reference} already exists</source>
        <translation>编号为 {reference} 的案件已存在</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reference {reference} is taken</source>
        <translation>编号 {reference} 已被使用</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown party role {value}</source>
        <translation>未知的身份 {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a party has no field {name}</source>
        <translation>催收人员没有 {name} 这一项</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} appears in {count} contact event(s) or promise(s) and cannot be removed</source>
        <translation>{name} 出现在 {count} 条联系记录或承诺中，不能删除</translation>
    </message>
    <message>
        <location filename="../../store/lookup.py" line="+37"/>
        <source>that collector belongs to another case</source>
        <translation>该催收员属于另一个案件</translation>
    </message>
    <message>
        <location filename="../../store/casefile.py" line="-241"/>
        <source>{number} is already in this case as {existing}</source>
        <extracomment>Yes/no facts the user states about the case (the conduct rules&apos; statements read them).</extracomment>
        <translation>{number} 已在此案件中（{existing}）</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>{number} is already in this case</source>
        <translation>{number} 已在此案件中</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{number} appears in {count} contact event(s) and cannot be removed</source>
        <translation>{number} 出现在 {count} 条联系记录中，不能删除</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>duration must be between 0 and a week, not {duration}</source>
        <translation>时长必须在 0 到一周之间，不能是 {duration}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>event {key} was already logged</source>
        <translation>联系记录 {key} 已经记录过了</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this tag is already retracted</source>
        <translation>此标签已撤回</translation>
    </message>
    <message>
        <location filename="../../store/corrections.py" line="-179"/>
        <source>unknown kind of contact {value}</source>
        <translation>未知的联系类型 {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown direction {value}</source>
        <translation>未知的方向 {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown notice {value}</source>
        <translation>未知的通知类型 {value}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{count} promise(s) are linked to this contact; link them to no contact before removing it</source>
        <translation>有 {count} 条承诺关联到这条联系记录；删除之前，请先取消这些承诺的关联</translation>
    </message>
    <message>
        <location filename="../../store/ledger.py" line="+258"/>
        <source>a promise is made by the collector or the user, not {value}</source>
        <translation>承诺只能由催收员或您本人做出，不能是 {value}</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>that mark belongs to another case</source>
        <translation>该标记属于另一个案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a promise has no field {name}</source>
        <translation>承诺没有 {name} 这一项</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a payment has no field {name}</source>
        <translation>还款没有 {name} 这一项</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{count} payment(s) in {currency} are linked to this promise, so its currency cannot change; link them to no promise first</source>
        <translation>有 {count} 笔 {currency} 还款关联到这条承诺，所以不能更改它的币种；请先取消这些还款的关联</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} payment(s) are linked to this promise; link them to another promise or to none before removing it</source>
        <translation>有 {count} 笔还款关联到这条承诺；删除之前，请把它们关联到其他承诺或取消关联</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>unknown promise status {value}</source>
        <translation>未知的承诺状态 {value}</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>a payment needs an amount and a date</source>
        <translation>还款需要填写金额和日期</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>that promise belongs to another case</source>
        <translation>该承诺属于另一个案件</translation>
    </message>
    <message>
        <location filename="../../store/lookup.py" line="-29"/>
        <location filename="../../store/search.py" line="+630"/>
        <source>there is no {what} with id {ident}</source>
        <extracomment>an event&apos;s: its source and source detail, which hold what the phone&apos;s record said of an imported contact (imports.facts: &quot;rejected&quot;, the name it was saved under)</extracomment>
        <translation>找不到编号为 {ident} 的{what}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../store/search.py" line="-484"/>
        <source>there is no case {case} (see `onrecord cases`)</source>
        <extracomment>set when the user withdrew it as logged by mistake: shown, counted nowhere where an import found it; holds what the phone&apos;s record said (imports.facts) the phone&apos;s call log&apos;s lines filed with this recorded call (store.confirmations); a tuple, not a list: 10 000 rows&apos; empty lists made the timeline&apos;s garbage collector run often enough to slow its opening by half (benchmarks/bench_review.py)</extracomment>
        <translation>没有案件 {case}（见 `onrecord cases`）</translation>
    </message>
    <message>
        <location filename="../../store/recordings.py" line="+67"/>
        <source>{status} is not a final state</source>
        <translation>{status} 不是最终状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording {id} is already finalised</source>
        <translation>录音 {id} 已经完成，不能再改</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>a mark cannot be before the start of the recording</source>
        <translation>标记不能早于录音开始的时间</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this mark is already retracted</source>
        <translation>此标记已撤回</translation>
    </message>
    <message>
        <location filename="../../store/validate.py" line="+12"/>
        <source>{field} contains a NUL character</source>
        <translation>{field}含有 NUL 字符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} must not be empty</source>
        <translation>{field}不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is too long ({length} characters, at most {limit})</source>
        <translation>{field}太长（{length} 个字符，最多 {limit} 个）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} must be yes or no, not {value}</source>
        <translation>{field}只能是“是”或“否”，不能是 {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown jurisdiction {value} (choose one of {choices})</source>
        <translation>未知的适用地区 {value}（可选：{choices}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone {value} (use an IANA name such as Asia/Shanghai)</source>
        <translation>未知的时区 {value}（请使用 Asia/Shanghai 这样的 IANA 名称）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown time zone {value}</source>
        <translation>未知的时区 {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown phone region {value} (use a country code such as CN)</source>
        <translation>未知的电话号码地区 {value}（请使用 CN 这样的国家代码）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>currency must be a 3-letter code such as USD, not {value}</source>
        <translation>货币必须是 USD 这样的 3 个字母代码，不能是 {value}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{field} {value} cannot be read safely: write the amount with digits and a point for decimals, like 1234.50 (a comma only between thousands, like 1,234.50)</source>
        <extracomment>Decimal places of the currencies that do not use two (ISO 4217); every other code uses two. Signs and words people type next to an amount, and the currencies each can mean. Codes that, typed next to an amount, name a currency (so &quot;300 EUR&quot; in a USD case is refused). Plain digits with an optional decimal part, or digits with commas between groups of three.</extracomment>
        <translation>{field} {value} 无法准确读取：请用数字书写金额，小数用点号，例如 1234.50（逗号只能用于分隔千位，例如 1,234.50）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“{value}”: type the {field} without a currency sign or code, for example 1234.50</source>
        <translation>“{value}”：请填写{field}，不要带货币符号或代码，例如 1234.50</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {field} “{value}” is not in {currency}, the currency of this case: type it in {currency}, for example 1234.50</source>
        <translation>{field}“{value}”不是本案件的货币 {currency}：请用 {currency} 填写，例如 1234.50</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“{value}” is not an amount: type the {field} in digits, for example 200 or 2,300.50</source>
        <translation>“{value}”不是金额：请用数字填写{field}，例如 200 或 2,300.50</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {field} cannot be less than zero (you typed “{value}”): type it without a minus sign</source>
        <translation>{field}不能小于零（您填写的是“{value}”）：请不要带负号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” is too large to be the {field}: check the number of digits</source>
        <translation>“{value}”作为{field}太大了：请检查位数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The {field} “{value}” has decimals, but {currency} amounts are whole numbers: check the amount</source>
        <translation>{field}“{value}”带有小数，但 {currency} 金额只用整数：请检查金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {field} “{value}” has more decimal places than {currency} uses (at most {allowed}): check the amount</source>
        <translation>{field}“{value}”的小数位数超过 {currency} 所用的位数（最多 {allowed} 位）：请检查金额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {field} “{value}” has more than {allowed} decimal places: check the amount</source>
        <translation>{field}“{value}”的小数超过 {allowed} 位：请检查金额</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{field} must be a date like 2026-03-31, not {value}</source>
        <translation>{field}必须是 2026-03-31 这样的日期，不能是 {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field} {value} is in the future; check the date</source>
        <extracomment>Nothing in a case file happened before this day. How far ahead a due date may be (a long loan&apos;s last instalment, not a typo like 2999). How far ahead of this computer&apos;s clock a contact or a payment may be dated: a day, for time zones and a phone whose clock is a little ahead.</extracomment>
        <translation>{field} {value} 是未来的日期；请检查日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} is before 1970; check the date</source>
        <translation>{field} {value} 早于 1970 年；请检查日期</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{field} {value} is more than {years} years away; check the date</source>
        <translation>{field} {value} 距今超过 {years} 年；请检查日期</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{field} has no time zone</source>
        <translation>{field}没有时区</translation>
    </message>
    <message>
        <location filename="../../store/engine.py" line="+90"/>
        <source>some text is not valid Unicode (it may come from a file or file name that is not UTF-8); nothing was saved</source>
        <translation>有些文字不是有效的 Unicode（可能来自不是 UTF-8 编码的文件或文件名）；没有保存任何内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the case file could not be saved ({reason}); this change was not made and nothing saved before was lost. Free some disk space or make the data folder writable, then try again</source>
        <translation>无法保存案件资料（{reason}）；这次更改没有生效，之前保存的内容也没有丢失。请腾出一些磁盘空间，或让数据文件夹可以写入，然后再试一次</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is a SQLite database, but not an OnRecord case file</source>
        <translation>{path} 是一个 SQLite 数据库，但不是 OnRecord 的案件资料</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the case file {path}: {reason}</source>
        <translation>无法读取案件资料 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not an OnRecord case file (it is not a SQLite database)</source>
        <translation>{path} 不是 OnRecord 的案件资料（它不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open the case file {path}: {reason}</source>
        <translation>无法打开案件资料 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the case file {path} is damaged ({reason}); it was not changed. Restore it from a backup (see the backups folder beside it)</source>
        <translation>案件资料 {path} 已损坏（{reason}）；它没有被改动。请用备份恢复它（见它旁边的 backups 文件夹）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the case file {path} is damaged or not a database ({reason}); it was not changed</source>
        <translation>案件资料 {path} 已损坏或不是数据库（{reason}）；它没有被改动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the case file {path} was written by a newer version of OnRecord (schema {revision}); install the newer version to open it. It was not changed</source>
        <translation>案件资料 {path} 是由较新版本的 OnRecord 写入的（结构版本 {revision}）；请安装较新的版本来打开它。它没有被改动</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot name a backup of {path} in {folder}</source>
        <translation>无法在 {folder} 中为 {path} 的备份取名</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot create the case file {path}: {reason}</source>
        <translation>无法创建案件资料 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the case file {path} could not be updated to this version ({reason}); a copy from before the update is {copy}</source>
        <translation>案件资料 {path} 无法更新到这个版本（{reason}）；更新前的副本在 {copy}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the case file {path} could not be updated to this version ({reason})</source>
        <translation>案件资料 {path} 无法更新到这个版本（{reason}）</translation>
    </message>
</context>
<context>
    <name>TagSetDialog</name>
    <message>
        <location filename="../../ui/tagsettings.py" line="+38"/>
        <source>Tag buttons for calls</source>
        <translation>通话标签按钮</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Name on the button</source>
        <translation>按钮上的名称</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+75"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+82"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Tag buttons</source>
        <translation>标签按钮</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag of my own…</source>
        <translation>我自己的标签…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Each button marks the moment in the recording. Press its key during a call; keys are not used while you type in a text field.</source>
        <translation>每个按钮都会在录音中标记当下这一刻。通话时按对应的键即可；在文本框中输入时，这些键不起作用。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(my own tag)</source>
        <translation>（我自己的标签）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each key can be used once; used twice: %s</source>
        <translation>每个键只能用一次；重复使用的键：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag of your own needs a name.</source>
        <translation>您自己的标签需要一个名称。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/model.py" line="+107"/>
        <source>● %n mark(s)</source>
        <extracomment>Digits it may be cut down to when room is short (its tooltip shows all); None: never. A small picture before the text (the paperclip of a contact with files), or None; only on the column that fills (the others are measured by their text alone). What a screen reader says for the cell, when the text alone does not say it (&quot;2&quot;).</extracomment>
        <translation>
            <numerusform>● %n 个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>附有 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="-76"/>
        <location filename="../../ui/timeline/model.py" line="+11"/>
        <source>● recorded</source>
        <translation>● 已录音</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+13"/>
        <source>Cease request</source>
        <translation>要求停止联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have a lawyer</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls at work</source>
        <translation>不得打到工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="+35"/>
        <location filename="../../ui/timeline/model.py" line="+8"/>
        <source>Withdrawn, not counted: %1</source>
        <translation>已撤回，不计入：%1</translation>
    </message>
    <message>
        <location line="-69"/>
        <location filename="../../ui/timeline/model.py" line="+49"/>
        <source>When (local time)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+6"/>
        <source>What</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+6"/>
        <source>others</source>
        <comment>their call to someone else: &apos;Call → others&apos;</comment>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+9"/>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+7"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../ui/export_calls.py" line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+5"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/timeline/model.py" line="+5"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="+5"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>outside the hours collectors may call</source>
        <translation>在允许催收联系的时段以外</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+96"/>
        <source>Every contact in this case</source>
        <extracomment>Runs a dialog; tests replace it to fill in and accept the dialog.</extracomment>
        <translation>本案件的所有联系</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Log a contact…</source>
        <translation>记录一次联系(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed call, SMS, letter or visit (Ctrl+L)</source>
        <translation>未接来电、短信、信件或上门（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mo&amp;ve to another case…</source>
        <translation>移到其他案件(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File the selected contacts under another case</source>
        <translation>将选中的联系归入其他案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit contact…</source>
        <translation>修改联系记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the selected contact: when, what, who, note (or double-click it)</source>
        <translation>修改所选的联系记录：时间、类型、对象、备注（也可以双击它）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>Remove contact…</source>
        <translation>删除联系记录…</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contact</source>
        <translation>联系类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded or not</source>
        <translation>是否录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>已录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>未录音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter chosen on a chart; click to remove it</source>
        <translation>在图表上选择的筛选条件；点击可取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sh&amp;ow all</source>
        <translation>显示全部(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who:</source>
        <translation>对方(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber:</source>
        <translation>号码(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>Promises and payments</source>
        <translation>承诺和还款</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Count again…</source>
        <translation>重新计入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact was withdrawn as logged by mistake: count it again</source>
        <translation>这条联系记录已作为误记撤回：点此重新计入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recorded call is evidence: it is never removed. You can correct its details (Edit contact…) or move it to another case.</source>
        <translation>已录音的通话是证据：永远不会被删除。您可以修改它的详细信息（修改联系记录…），或把它移到其他案件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the selected contact, for example one logged by mistake (or press Delete); one with tags or files is withdrawn instead. The case&apos;s audit log keeps what it was</source>
        <translation>删除选中的联系记录，例如误记的记录（或按 Delete 键）；有标签或附件的记录改为撤回。案件的审计日志会保留它原来的内容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose or create a case.</source>
        <translation>请选择或新建一个案件。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Marks not loaded</source>
        <translation>标记未加载</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any number</source>
        <translation>所有号码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Promises and payments (%1 overdue)</source>
        <translation>承诺和还款（%1 项逾期）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Hour %1:00–%1:59  ✕</source>
        <translation>%1:00–%1:59 时段  ✕</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No contacts logged yet. Use “Log a contact…” for a missed call, SMS, letter or visit.</source>
        <translation>还没有记录任何联系。未接来电、短信、信件或上门，请使用“记录一次联系…”。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;%n&lt;/b&gt; contact(s)</source>
        <translation>
            <numerusform>共 &lt;b&gt;%n&lt;/b&gt; 次联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing &lt;b&gt;%1&lt;/b&gt; of %n contact(s)</source>
        <translation>
            <numerusform>显示 %n 次联系中的 &lt;b&gt;%1&lt;/b&gt; 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>File not attached</source>
        <translation>文件未附加</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; outside the hours collectors may call&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b35900&apos;&gt;&lt;b&gt;%1&lt;/b&gt; 次在允许催收联系的时段以外&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ %1 withdrawn, not counted</source>
        <translation>另有 %1 条已撤回，不计入</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/withdraw.py" line="+84"/>
        <source>This contact was withdrawn: %1

%2

Count it again in the charts, the possible issues and the report&apos;s totals?</source>
        <translation>这条联系记录已撤回：%1

%2

要重新计入图表、“可能存在的问题”和报告中的统计吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count a contact again</source>
        <translation>重新计入联系记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count it again</source>
        <translation>重新计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it withdrawn</source>
        <translation>保持撤回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not changed</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this contact from the case?</source>
        <translation>从案件中删除这条联系记录吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a contact logged or imported by mistake should be removed: it will no longer appear in the timeline, the charts, the conduct check or the report.</source>
        <translation>只有误记或误导入的联系记录才应该删除：删除后它不会再出现在时间线、图表、规定检查或报告中。</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="+88"/>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../evidence/verify.py" line="+126"/>
        <source>cannot be read ({reason})</source>
        <extracomment>for a package of part of the case, what bag-info.txt says it holds: &quot;from&quot;, &quot;to&quot;, &quot;calls&quot; (ids, comma-separated), &quot;contacts&quot; (&quot;59/81&quot;: of the case&apos;s); {} for a whole case What only follows from the problems (data/ holds fewer files because one is missing): shown after them, not counted as problems. Files a computer added by itself (a Mac&apos;s .DS_Store…), set aside: not part of the package, not counted, not checked, but named (see os_litter.py).</extracomment>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line {number} is not a manifest line</source>
        <translation>第 {number} 行不是清单的格式</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is not an evidence package (no bagit.txt)</source>
        <translation>{path} 不是证据包（没有 bagit.txt）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is a zip that cannot be opened: its end is missing or damaged (was it cut short while copying or downloading?); get the file again</source>
        <translation>{path} 是一个无法打开的 zip 文件：它的结尾缺失或已损坏（是否在复制或下载时中断了？）；请重新获取该文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is neither a package folder nor a zip</source>
        <translation>{path} 既不是证据包文件夹，也不是 zip 文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the zip holds {count} entries under this name: programs that open the zip may show one that was not checked</source>
        <translation>zip 中有 {count} 个同名条目：打开 zip 的程序显示的可能是未经核对的那一个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>damaged inside the zip (its checksum does not match)</source>
        <translation>在 zip 文件中已损坏（校验值不符）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not a regular file (a link, device or pipe); it was not read</source>
        <translation>不是普通文件（是链接、设备或管道）；没有读取它</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a valid bag declaration</source>
        <translation>不是有效的 BagIt 声明文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this manifest is missing</source>
        <translation>缺少这个清单</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>listed in the manifest but not in the package</source>
        <translation>列在清单中，但证据包里没有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the package but in no manifest</source>
        <translation>在证据包里，但没有列在任何清单中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a manifest for an algorithm this package does not use</source>
        <translation>这个清单所用的算法本证据包没有使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file beside the payload that no tag manifest lists</source>
        <translation>数据目录以外的文件，没有列在任何元数据清单（tagmanifest）中</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>its {algorithm} entry for {path} does not match the file</source>
        <translation>其中 {path} 的 {algorithm} 条目与文件不符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>content changed ({algorithms} digest does not match)</source>
        <translation>内容已被更改（{algorithms} 摘要不符）</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>it does not record how many files data/ holds and their size (its Payload-Oxum line is missing or not valid)</source>
        <translation>它没有记录 data/ 中有多少个文件以及它们的大小（Payload-Oxum 一行缺失或无效）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it records {declared_files} files of {declared_size} bytes in data/ (Payload-Oxum), but data/ holds {files} files of {size} bytes</source>
        <translation>它记录 data/ 中有 {declared_files} 个文件、共 {declared_size} 字节（Payload-Oxum），但 data/ 实际有 {files} 个文件、共 {size} 字节</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Because of the above, data/ now holds {files} files, not the {declared_files} it held when the package was made.</source>
        <translation>由于上述原因，data/ 现在有 {files} 个文件，而不是制作证据包时的 {declared_files} 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Because of the above, the files in data/ now come to {size} bytes, not the {declared_size} bytes they came to when the package was made.</source>
        <translation>由于上述原因，data/ 中的文件现在共 {size} 字节，而不是制作证据包时的 {declared_size} 字节。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>no usable Ed25519 public key</source>
        <translation>没有可用的 Ed25519 公钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>the signature of the tag manifest is missing</source>
        <translation>缺少元数据清单（tagmanifest）的签名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a signature (one line of base64 expected)</source>
        <translation>不是签名（应为一行 base64）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature over {manifest} does not verify (the manifest or its signature {signature} was changed)</source>
        <translation>{manifest} 的签名核验不通过（该清单或其签名 {signature} 已被更改）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>names a different signing key than signature/</source>
        <translation>指明的签名密钥与 signature/ 中的不同</translation>
    </message>
    <message>
        <location filename="../../evidence/verify_capture.py" line="+54"/>
        <source>missing or unreadable, so recordings cannot be matched</source>
        <translation>缺失或无法读取，因此无法核对录音</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing or unreadable</source>
        <translation>缺失或无法读取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hash chain broken: {problem}</source>
        <translation>哈希链断开：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its last link is not the head named in bag-info.txt</source>
        <translation>它的最后一环不是 bag-info.txt 中指明的链头</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no capture hash for this recording in the audit chain</source>
        <translation>审计链中没有这段录音在录制时的哈希值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the package holds {files} files of this recording, but {logged} were logged at capture</source>
        <translation>证据包中有这段录音的 {files} 个文件，但录制时记录的是 {logged} 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the SHA-256 list of this recording&apos;s {files} files does not give the hash logged at capture {expected}…</source>
        <translation>这段录音 {files} 个文件的 SHA-256 清单，算不出录制时记录的哈希值 {expected}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SHA-256 {actual}… differs from the hash logged at capture {expected}…</source>
        <translation>SHA-256 {actual}… 与录制时记录的哈希值 {expected}… 不同</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SHA-512 {actual}… differs from the SHA-512 logged at capture {expected}…</source>
        <translation>SHA-512 {actual}… 与录制时记录的 SHA-512 {expected}… 不同</translation>
    </message>
    <message>
        <location filename="../../evidence/zipping.py" line="+124"/>
        <source>the zip holds an unsafe file name: {name}</source>
        <translation>zip 文件中有不安全的文件名：{name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} would unpack to {total} bytes from {packed}: too large to be an evidence package (a zip bomb?); it was not unpacked</source>
        <extracomment>Unpacked size above which a zip must not expand more than MAX_RATIO times. Packages are mostly audio (stored, ratio 1) and text (deflated, ~5-10x); a deflate bomb reaches ~1000x. Space to leave free on the disk that receives the unpacked files.</extracomment>
        <translation>{file} 会从 {packed} 字节解压成 {total} 字节：太大了，不可能是证据包（zip 炸弹？）；未解压</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} unpacks to {total} bytes, too large for the free space of {folder} ({free} bytes); unzip it elsewhere and verify the folder</source>
        <translation>{file} 解压后有 {total} 字节，超出 {folder} 的可用空间（{free} 字节）；请在别处解压后核验该文件夹</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{file} is encrypted: a password is needed</source>
        <extracomment>members whose data is damaged (bad CRC or authentication code): left out, so a verify of the folder finds them missing names the zip holds more than once, with how many times: only the last copy is unpacked (and checked), but unzip and 7-Zip show the first, which may be another file</extracomment>
        <translation>{file} 已加密：需要密码</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot open {file}: the password is wrong</source>
        <translation>无法打开 {file}：密码不对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open {file}: {reason}</source>
        <translation>无法打开 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged: {reason}</source>
        <translation>{file} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../evidence/custody.py" line="+85"/>
        <source>line {line} cannot be read as an entry of the log: it was changed or cut</source>
        <translation>第 {line} 行无法读作日志中的一条记录：它被改动过或被截断</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry {n} is missing: entries were removed or put in another order</source>
        <translation>缺少第 {n} 条记录：有记录被删除或顺序被打乱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry {n} does not follow entry {before}: an entry was removed, added or changed before it</source>
        <translation>第 {n} 条记录与第 {before} 条接不上：在它之前有记录被删除、增加或改动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>entry {n} cannot be read: it was changed</source>
        <translation>第 {n} 条记录无法读取：它被改动过</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry {n} was rewritten: its text is not as OnRecord writes it</source>
        <translation>第 {n} 条记录被重写过：其文字不是 OnRecord 写入时的样子</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entry {n} belongs to another case</source>
        <translation>第 {n} 条记录属于另一个案件</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>entry {n} was changed: its content does not match its hash</source>
        <translation>第 {n} 条记录被改动过：内容与其哈希值不符</translation>
    </message>
    <message>
        <location filename="../../evidence/commands.py" line="+214"/>
        <source>cannot open {path}: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../evidence/os_litter.py" line="+35"/>
        <source>a Mac&apos;s Finder keeps its view of the folder in it</source>
        <translation>Mac 的“访达”（Finder）在其中保存该文件夹的显示方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS writes it beside a file copied to a USB stick or a shared folder, to keep the file&apos;s extra attributes</source>
        <translation>把文件复制到 U 盘或共享文件夹时，macOS 会在旁边写入它，用来保存该文件的附加属性</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows keeps small pictures of the folder&apos;s files in it</source>
        <translation>Windows 在其中保存文件夹内文件的缩略图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows keeps the folder&apos;s settings in it</source>
        <translation>Windows 在其中保存该文件夹的设置</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/export_verify.py" line="+35"/>
        <source>This file is missing</source>
        <translation>这个文件不见了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was added afterwards</source>
        <translation>这个文件是事后添加的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file was changed</source>
        <translation>这个文件被改动过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number or size of the files does not match</source>
        <translation>文件的数量或大小不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match</source>
        <translation>签名不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log does not hold together</source>
        <translation>审计日志前后不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recording differs from the one logged when it was saved</source>
        <translation>有录音与保存时记录的不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package is not laid out as expected</source>
        <translation>证据包的结构与预期不符</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check an evidence package</source>
        <translation>核验证据包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a package folder or its .zip file. OnRecord checks every file against the fingerprints and the signature inside it, and tells you whether anything was changed, removed or added since it was made.</source>
        <translation>请选择证据包文件夹或它的 .zip 文件。OnRecord 会用其中的指纹和签名逐一检查每个文件，并告诉您自生成以来是否有任何内容被改动、删除或添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package folder or zip file</source>
        <translation>证据包文件夹或 zip 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a package folder</source>
        <translation>选择证据包文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zip file…</source>
        <translation>zip 文件(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a package zip file</source>
        <translation>选择证据包 zip 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Package:</source>
        <translation>证据包(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check</source>
        <translation>核验(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose the package folder</source>
        <translation>选择证据包文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the package zip file</source>
        <translation>选择证据包 zip 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>zip 文件 (*.zip)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to check</source>
        <translation>没有可核验的内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a folder or a zip file.</source>
        <translation>请选择一个文件夹或 zip 文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This zip is protected. Type the password you were given:</source>
        <translation>这个 zip 文件受密码保护。请输入别人给您的密码：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel check</source>
        <translation>取消核验</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Intact: nothing was changed.</source>
        <translation>验证通过：没有任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1: %2 files checked — the %3 files of the case in data/ and %4 that describe and sign the package. Every fingerprint matches.&lt;br&gt;Signed by key %5.&lt;br&gt;</source>
        <translation>案件 %1：已检查 %2 个文件——data/ 中案件的 %3 个文件，以及说明和签署证据包的 %4 个文件。所有指纹都相符。&lt;br&gt;签名密钥：%5。&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n recording(s) are exactly as they were when they were saved.</source>
        <translation>
            <numerusform>%n 个录音与保存时完全一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The audit log holds together (%n entries).</source>
        <translation>
            <numerusform>审计日志前后一致（共 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature proves the package is as this key signed it, not whose key it is: compare the key&apos;s fingerprint with the one the sender gives you another way (by phone, letter or in person).</source>
        <translation>签名只证明证据包与该密钥签名时一致，不证明密钥属于谁：请通过电话、信件或当面等其他途径，向发送人索取密钥指纹并核对。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not intact: %n problem(s) found.</source>
        <translation>
            <numerusform>验证未通过：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something in this package is different from when it was made:</source>
        <translation>这个证据包中有内容与生成时不同：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: if you made this package on this computer, your case here is not changed by this; export a new package for your lawyer. If someone sent it to you, ask them to send it again, and keep this copy as it is.</source>
        <translation>怎么办：如果这个证据包是在这台电脑上生成的，这里的案件不受影响，请重新导出一份给律师。如果是别人发给您的，请让对方重新发送，并把这一份原样保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+29"/>
        <source>%1: %2</source>
        <comment>a problem, then the file it concerns (Chinese: full-width ：)</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n file(s) set aside: not part of the package, added by the computer that showed or copied it; not checked.</source>
        <translation>
            <numerusform>已搁置 %n 个文件：不属于证据包，是显示或复制它的电脑自行添加的；未检查。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check cancelled.</source>
        <translation>核验已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>This cannot be checked</source>
        <translation>无法核验</translation>
    </message>
</context>
<context>
    <name>VerifyLines</name>
    <message>
        <location filename="../../evidence/verify_lines.py" line="+67"/>
        <source>only the calls {ids}</source>
        <translation>只有通话 {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the calls {ids}, within {first} to {last}</source>
        <translation>只有 {first} 至 {last} 之间的通话 {ids}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the contacts from {first} to {last}</source>
        <translation>{first} 至 {last} 的联系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a selection, not the whole case file: {what}; {held} of the case&apos;s {total} contacts (the report&apos;s first page says what is left out)</source>
        <translation>部分内容，不是整份案件资料：{what}；案件 {total} 次联系中的 {held} 次（报告第一页说明了没有包含的内容）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a selection, not the whole case file: {what}</source>
        <translation>部分内容，不是整份案件资料：{what}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files} ({payload} in data/, {other} that describe and sign the package)</source>
        <translation>{files}（data/ 中 {payload} 个，另有 {other} 个用于说明和签署证据包）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>intact: {path}</source>
        <translation>验证通过：{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>case {reference}; {files}, {bytes}; every SHA-256 and SHA-512 digest matches</source>
        <translation>案件 {reference}；{files}，{bytes}；每个 SHA-256 和 SHA-512 摘要都相符</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by key {fingerprint}</source>
        <translation>签名密钥：{fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the signature proves the package is as this key signed it, not whose key it is: compare the fingerprint with one the sender gives you another way, by phone, letter or in person)</source>
        <translation>（签名只证明证据包与该密钥签名时一致，不证明密钥属于谁：请通过电话、信件或当面等其他途径，向发送人索取指纹并核对）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit chain intact: {links} ({case_events} of this case), head {head}…</source>
        <translation>审计链完整：{links}（本案 {case_events} 条），末端哈希 {head}…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recordings that match the hash logged at capture: {count}</source>
        <translation>与录制时记录的哈希值相符的录音：{count} 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NOT INTACT: {path} ({problems})</source>
        <translation>验证未通过：{path}（{problems}）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind} {path}: {detail}</source>
        <comment>a problem&apos;s line</comment>
        <translation>{kind}  {path}：{detail}</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+89"/>
        <source>{path}: {detail}</source>
        <comment>a consequence about a file</comment>
        <translation>{path}：{detail}</translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>%n file(s) set aside, not part of the package: added by the computer that showed or copied it, not checked</source>
        <translation>
            <numerusform>已搁置 %n 个不属于证据包的文件：是显示或复制它的电脑自行添加的，未检查</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>MISSING</source>
        <comment>a file listed in the package is not there</comment>
        <translation>缺少文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <comment>a file is in the package but in no list of its files</comment>
        <translation>多出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTERED</source>
        <comment>a file&apos;s content changed</comment>
        <translation>内容被改动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COUNT</source>
        <comment>the number or size of the files differs</comment>
        <translation>数量或大小不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIGNATURE</source>
        <comment>the signature does not verify</comment>
        <translation>签名不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUDIT</source>
        <comment>the audit log does not hold together</comment>
        <translation>审计日志不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECORDING</source>
        <comment>a recording differs from the hash at capture</comment>
        <translation>录音与录制时不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STRUCTURE</source>
        <comment>the package is not laid out as a package</comment>
        <translation>结构不符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for the zip: </source>
        <comment>asked in a terminal; ends with a space</comment>
        <translation>zip 文件的密码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is encrypted: give --password-file FILE or run in a terminal</source>
        <translation>{name} 已加密：请用 --password-file 文件 给出密码，或在终端中运行</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../ui/review/waveform.py" line="+178"/>
        <source>Waveform of the call</source>
        <translation>通话波形</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left and right arrows: previous or next mark. Space: play or pause. Plus and minus buttons: zoom.</source>
        <translation>左右方向键：上一个或下一个标记。空格键：播放或暂停。加号和减号按钮：缩放。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recording open.</source>
        <translation>没有打开录音。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cursor at %1 of %2. Left and right arrows: previous or next mark. Space: play or pause.</source>
        <translation>光标位置：%1（共 %2）。左右方向键：上一个或下一个标记。空格键：播放或暂停。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>(retracted)</source>
        <comment>a mark the user retracted, after its label</comment>
        <translation>（已撤回）</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>No waveform for this recording</source>
        <translation>这段录音没有波形</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/timeline/withdraw.py" line="-81"/>
        <source>Withdraw a contact</source>
        <translation>撤回联系记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This contact has tags, attached files or a promise linked to it, which are kept for good, so it cannot be removed.</source>
        <translation>这条记录有标签、附件或关联的承诺，这些都会永久保留，所以不能删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If you logged it by mistake (twice, or in the wrong case), withdraw it: it stays in the case and in an evidence package, marked “withdrawn” with your reason, but it is no longer counted in the charts, the possible issues or the report&apos;s totals. You can count it again later.</source>
        <translation>如果是误记的（记了两次，或记错了案件），可以撤回它：它仍留在案件和证据包中，标明“已撤回”和您写的原因，但不再计入图表、可能存在的问题或报告中的统计。以后可以重新计入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for withdrawing it</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, for example: the same call logged twice</source>
        <translation>必填，例如：同一通电话记了两次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not withdrawn</source>
        <translation>没有撤回</translation>
    </message>
</context>
<context>
    <name>WithdrawFileButton</name>
    <message>
        <location filename="../../ui/timeline/attachedfiles.py" line="-85"/>
        <source>Do&amp;n&apos;t attach this file</source>
        <translation>不附加这个文件(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not attached yet: leave it out</source>
        <translation>这个文件还没有附加：不附加它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put file &amp;back…</source>
        <translation>放回文件(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw file…</source>
        <translation>撤回文件(&amp;W)…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Make this file one of the case&apos;s files again</source>
        <translation>让这个文件重新成为案件的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached the wrong file? Take it out of the case: it will not be in an evidence package. Select a file first.</source>
        <translation>附错了文件？把它从案件中撤回：证据包里不会有它。请先选择一个文件。</translation>
    </message>
</context>
<context>
    <name>WithdrawFileDialog</name>
    <message>
        <location line="+15"/>
        <source>Withdraw a file</source>
        <translation>撤回文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this file out of the case?</source>
        <translation>要把这个文件从案件中撤回吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It will not be in any evidence package you export, and it no longer counts as one of the case&apos;s files. Nothing is deleted: OnRecord keeps its copy in its data folder on this computer, so you can put it back. The case&apos;s audit log keeps the file&apos;s name, its fingerprint and your reason, and an evidence package of the whole case shows them: write the reason for your lawyer to read.</source>
        <translation>您导出的任何证据包都不会包含它，它也不再算作案件的文件。不会删除任何内容：OnRecord 在这台电脑上的数据文件夹中保留它的副本，所以您可以把它放回。案件的审计日志会保留文件名、文件指纹和您填写的原因，整个案件的证据包会显示这些内容：请写下给律师看的原因。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for withdrawing the file</source>
        <translation>撤回文件的原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required, for example: a private photo, chosen by mistake</source>
        <translation>必填，例如：误选了一张私人照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not withdrawn</source>
        <translation>没有撤回</translation>
    </message>
</context>
</TS>
