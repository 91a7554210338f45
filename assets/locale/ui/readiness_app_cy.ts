<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Some questionnaire files could not be used:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd defnyddio rhai ffeiliau holiadur:</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pob asesiad</translation>
    </message>
    <message>
        <source>&amp;Cohort report</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adroddiad &amp;carfan</translation>
    </message>
    <message>
        <source>Edit &amp;firm details…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Go&amp;lygu manylion y busnes…</translation>
    </message>
    <message>
        <source>&amp;Import assessment files…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Mewnforio ffeiliau asesu…</translation>
    </message>
    <message>
        <source>&amp;PDF action plans for several firms…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynlluniau gweithredu PDF ar gyfer sawl &amp;busnes…</translation>
    </message>
    <message>
        <source>Install &amp;hub pack…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosod pecyn &amp;hwb…</translation>
    </message>
    <message>
        <source>&amp;Remove hub pack…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Tynnu pecyn hwb…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;How this works and keyboard shortcuts</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Sut mae hyn yn gweithio a llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;Where my data is kept</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ble mae fy nata yn cael ei gadw</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The app will be in {language} the next time you start it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydd yr ap yn {language} y tro nesaf y byddwch yn ei agor.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ca&amp;nslo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;au</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymorth</translation>
    </message>
</context>
<context>
    <name>answer_editors</name>
    <message>
        <source>Don&apos;t know</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ticiwch bob un sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Ateb:</translation>
    </message>
    <message>
        <source>Answer: {value}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ateb: {value}</translation>
    </message>
    <message>
        <source>(a whole or decimal number, at least {low} and at most {high})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(rhif cyfan neu ddegol, o leiaf {low} ac ar y mwyaf {high})</translation>
    </message>
    <message>
        <source>(a whole or decimal number, at least {low})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(rhif cyfan neu ddegol, o leiaf {low})</translation>
    </message>
    <message>
        <source>(a whole or decimal number, at most {high})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(rhif cyfan neu ddegol, ar y mwyaf {high})</translation>
    </message>
    <message>
        <source>Problem with the answer</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Problem gyda&apos;r ateb</translation>
    </message>
    <message>
        <source>Optional: type as much or as little as you like.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewisol: teipiwch gymaint neu cyn lleied ag y dymunwch.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu agor y llyfrgell</translation>
    </message>
    <message>
        <source>The app will close now.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydd yr ap yn cau nawr.</translation>
    </message>
    <message>
        <source>The app will close now; nothing was changed.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydd yr ap yn cau nawr; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Cannot use the hub pack</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu defnyddio&apos;r pecyn hwb</translation>
    </message>
    <message>
        <source>The app opens without the hub&apos;s pack.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r ap yn agor heb becyn yr hwb.</translation>
    </message>
    <message>
        <source>The app can copy every assessment that can still be read into a new library in the data folder and open that instead.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gall yr ap gopïo pob asesiad y gellir ei ddarllen o hyd i lyfrgell newydd yn y ffolder data ac agor honno yn lle hynny.</translation>
    </message>
    <message>
        <source>Cannot recover the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu adfer y llyfrgell</translation>
    </message>
    <message>
        <source>The app will close now; the damaged library was not changed.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Bydd yr ap yn cau nawr; ni newidiwyd y llyfrgell sydd wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>… a {count} arall</translation>
    </message>
    <message>
        <source>Library recovered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Llyfrgell wedi&apos;i hadfer</translation>
    </message>
    <message>
        <source>{recovered} of {count} assessments were copied into {target}, which is open now.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Copïwyd {recovered} o {count} asesiad i {target}, sydd ar agor nawr.</translation>
    </message>
    <message>
        <source>What could not be read:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth nad oedd modd ei ddarllen:</translation>
    </message>
    <message>
        <source>The damaged library {source} was left as it was. To keep using the recovered one after closing the app, move its library.sqlite3 into {folder} in place of the damaged file (keep the damaged file somewhere safe).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gadawyd y llyfrgell sydd wedi&apos;i difrodi {source} fel yr oedd. I barhau i ddefnyddio&apos;r un a adferwyd ar ôl cau&apos;r ap, symudwch ei library.sqlite3 i {folder} yn lle&apos;r ffeil sydd wedi&apos;i difrodi (cadwch y ffeil sydd wedi&apos;i difrodi rywle diogel).</translation>
    </message>
</context>
<context>
    <name>authority_picker</name>
    <message>
        <source>Type part of the council&apos;s name, e.g. Cardiff</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch ran o enw&apos;r cyngor, e.e. Caerdydd</translation>
    </message>
    <message>
        <source>Local authority by name</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Awdurdod lleol yn ôl enw</translation>
    </message>
    <message>
        <source>Type part of the name or the ONS code and pick from the list.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Teipiwch ran o&apos;r enw neu&apos;r cod ONS a dewiswch o&apos;r rhestr.</translation>
    </message>
</context>
<context>
    <name>batch_dialog</name>
    <message>
        <source>PDF action plans for several firms</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynlluniau gweithredu PDF ar gyfer sawl busnes</translation>
    </message>
    <message>
        <source>&amp;Firms matching:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Busnesau sy&apos;n cyfateb:</translation>
    </message>
    <message>
        <source>Firms matching</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnesau sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Firm name, sector, town or postcode district</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Enw&apos;r busnes, sector, tref neu ardal cod post</translation>
    </message>
    <message>
        <source>&amp;Latest visit of each firm only</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad &amp;diweddaraf pob busnes yn unig</translation>
    </message>
    <message>
        <source>Assessments to make plans for (tick to include)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiadau i wneud cynlluniau ar eu cyfer (ticiwch i&apos;w cynnwys)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewis y cyf&amp;an</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewis di&amp;m</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffolder ar gyfer y PDFs</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ff&amp;older:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>D&amp;ewis…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch y ffolder</translation>
    </message>
    <message>
        <source>Include my &amp;private notes</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys fy nodiadau pre&amp;ifat</translation>
    </message>
    <message>
        <source>the app&apos;s own</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>un yr ap ei hun</translation>
    </message>
    <message>
        <source>Branding: {branding}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Brandio: {branding}.</translation>
    </message>
    <message>
        <source>&amp;Make the PDFs</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gwneud y PDFs</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>What was made</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>The library cannot be read: {exc}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ellir darllen y llyfrgell: {exc}</translation>
    </message>
    <message>
        <source>no score</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>dim sgôr</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>dim cod post</translation>
    </message>
    <message>
        <source>started {date}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>dechreuwyd {date}</translation>
    </message>
    <message>
        <source>(the first {shown} of {total}; narrow the search)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(y {shown} cyntaf o {total}; culhewch y chwiliad)</translation>
    </message>
    <message>
        <source>{chosen} of {value} chosen</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{chosen} o {value} wedi&apos;u dewis</translation>
    </message>
    <message>
        <source>Folder for the PDF action plans</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffolder ar gyfer y cynlluniau gweithredu PDF</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs first.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch ffolder ar gyfer y PDFs yn gyntaf.</translation>
    </message>
    <message>
        <source>Making {count} PDF action plan(s)…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn gwneud cynlluniau gweithredu PDF: {count}…</translation>
    </message>
    <message>
        <source>Made {written} of {count} PDF action plan(s) in {folder}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwnaed {written} o {count} cynllun gweithredu PDF yn {folder}.</translation>
    </message>
    <message>
        <source>{failed} could not be made; see below.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd gwneud {failed}; gweler isod.</translation>
    </message>
    <message>
        <source>Stopped: {value} PDF(s) were made before Cancel; the rest were not.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi stopio: gwnaed {value} PDF cyn Canslo; ni wnaed y gweddill.</translation>
    </message>
    <message>
        <source>No PDFs were made: {exc}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni wnaed unrhyw PDF: {exc}</translation>
    </message>
    <message>
        <source>No PDFs were made: the app failed ({__name__}). This is a bug; please report it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni wnaed unrhyw PDF: methodd yr ap ({__name__}). Nam yw hwn; rhowch wybod amdano.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>not applicable</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>amherthnasol</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb sgôr eto</translation>
    </message>
    <message>
        <source>Chart of scores by area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Siart o&apos;r sgoriau fesul maes</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim sgoriau eto.</translation>
    </message>
</context>
<context>
    <name>cohort_chart</name>
    <message>
        <source>Area</source>
        <extracomment>the cohort tables&apos; English headers and words (``analytics`` and ``services.cohort_view`` name their columns in English, and the charts look them up by those names): shown translated through :func:`shown`</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Month</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfran</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>Mean overall</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymedr cyffredinol</translation>
    </message>
    <message>
        <source>Investing in technology</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Buddsoddi mewn technoleg</translation>
    </message>
    <message>
        <source>Cyber security</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Seiberddiogelwch</translation>
    </message>
    <message>
        <source>Involving your staff</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys eich staff</translation>
    </message>
    <message>
        <source>Involving staff</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys staff</translation>
    </message>
    <message>
        <source>Starting</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Developing</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Datblygu</translation>
    </message>
    <message>
        <source>Established</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sefydledig</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Uwch</translation>
    </message>
    <message>
        <source>Mean {series}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymedr {series}</translation>
    </message>
    <message>
        <source>Chart</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Siart</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Siart: {title}</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Levels by area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefelau fesul maes</translation>
    </message>
    <message>
        <source>{area}: {counts} (of {total})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{area}: {counts} (o {total})</translation>
    </message>
    <message>
        <source>Assessments at each level.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiadau ar bob lefel.</translation>
    </message>
    <message>
        <source>Mean scores by month</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau cymedrig fesul mis</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 asesiad</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>asesiadau: {count}</translation>
    </message>
    <message>
        <source>Mean scores by month.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau cymedrig fesul mis.</translation>
    </message>
    <message>
        <source>Most common critical gaps</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y bylchau critigol mwyaf cyffredin</translation>
    </message>
    <message>
        <source>Assessments with each critical gap.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiadau gyda phob bwlch critigol.</translation>
    </message>
</context>
<context>
    <name>cohort_page</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>There are no assessments in the library yet, so there is nothing to report. Start an assessment (or import assessment files) from All assessments; the cohort report then shows how the firms stand together: their levels in each area, how the scores change month by month and the most common critical gaps.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes asesiadau yn y llyfrgell eto, felly does dim i adrodd arno. Dechreuwch asesiad (neu mewnforiwch ffeiliau asesu) o Pob asesiad; yna mae adroddiad y garfan yn dangos sut mae&apos;r busnesau&apos;n sefyll gyda&apos;i gilydd: eu lefelau ym mhob maes, sut mae&apos;r sgoriau&apos;n newid o fis i fis a&apos;r bylchau critigol mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>No assessments match these filters. Clear the search or widen the dates.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes asesiad yn cyfateb i&apos;r hidlwyr hyn. Cliriwch y chwiliad neu ehangwch y dyddiadau.</translation>
    </message>
    <message>
        <source>No assessments match these filters.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes asesiad yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 asesiad</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>asesiadau: {count}</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 busnes</translation>
    </message>
    <message>
        <source>{count} firms</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>busnesau: {count}</translation>
    </message>
    <message>
        <source>{assessments} of {firms}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{assessments}; {firms}.</translation>
    </message>
    <message>
        <source>{count} left out (questionnaire not installed).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;u gadael allan (holiadur heb ei osod): {count}.</translation>
    </message>
    <message>
        <source>{title} (table)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{title} (tabl)</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adroddiad carfan</translation>
    </message>
    <message>
        <source>All the assessments in the library together: for a report to a funder or a slide. Every figure is worked out on this computer.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr holl asesiadau yn y llyfrgell gyda&apos;i gilydd: ar gyfer adroddiad i gyllidwr neu sleid. Mae pob ffigur yn cael ei gyfrifo ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>Firm name, sector or postcode</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Enw&apos;r busnes, sector neu god post</translation>
    </message>
    <message>
        <source>Search the cohort</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Chwilio&apos;r garfan</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>&amp;Latest visit of each firm only</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad &amp;diweddaraf pob busnes yn unig</translation>
    </message>
    <message>
        <source>Latest visit of each firm only</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diweddaraf pob busnes yn unig</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>O&amp;:</translation>
    </message>
    <message>
        <source>Only assessments started from a date</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond asesiadau a ddechreuwyd o ddyddiad</translation>
    </message>
    <message>
        <source>Started from</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechreuwyd o</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Only assessments started up to a date</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim ond asesiadau a ddechreuwyd hyd at ddyddiad</translation>
    </message>
    <message>
        <source>Started up to</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechreuwyd hyd at</translation>
    </message>
    <message>
        <source>What the report covers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae&apos;r adroddiad yn ei gwmpasu</translation>
    </message>
    <message>
        <source>Levels by area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefelau fesul maes</translation>
    </message>
    <message>
        <source>How many assessments reached each level, overall and in each area (lightest: Starting; darkest: Advanced).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Faint o asesiadau a gyrhaeddodd bob lefel, yn gyffredinol ac ym mhob maes (goleuaf: Dechrau; tywyllaf: Uwch).</translation>
    </message>
    <message>
        <source>Mean scores by month</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau cymedrig fesul mis</translation>
    </message>
    <message>
        <source>The mean score of the assessments started each month, overall and in each area (0 to 100).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr gymedrig yr asesiadau a ddechreuwyd bob mis, yn gyffredinol ac ym mhob maes (0 i 100).</translation>
    </message>
    <message>
        <source>Most common critical gaps</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y bylchau critigol mwyaf cyffredin</translation>
    </message>
    <message>
        <source>The critical gaps most assessments have, with how many and their share of all the assessments shown.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y bylchau critigol sydd gan y rhan fwyaf o asesiadau, gyda faint a&apos;u cyfran o&apos;r holl asesiadau a ddangosir.</translation>
    </message>
    <message>
        <source>&amp;Go to all assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Mynd i bob asesiad</translation>
    </message>
    <message>
        <source>Go to all assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mynd i bob asesiad</translation>
    </message>
    <message>
        <source>Nothing to report yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim i adrodd arno eto</translation>
    </message>
    <message>
        <source>&amp;Export to XLSX…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Allforio i XLSX…</translation>
    </message>
    <message>
        <source>Export the cohort report to a spreadsheet (XLSX)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r adroddiad carfan i daenlen (XLSX)</translation>
    </message>
    <message>
        <source>Export &amp;CSV files…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio ffeiliau C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the cohort report as CSV files in a folder</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r adroddiad carfan fel ffeiliau CSV mewn ffolder</translation>
    </message>
    <message>
        <source>Save charts as &amp;PNG…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r siartiau fel P&amp;NG…</translation>
    </message>
    <message>
        <source>Save the charts as PNG pictures in a folder</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r siartiau fel lluniau PNG mewn ffolder</translation>
    </message>
    <message>
        <source>&amp;All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pob asesiad</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob asesiad</translation>
    </message>
    <message>
        <source>Check the dates: {exc}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwiriwch y dyddiadau: {exc}.</translation>
    </message>
    <message>
        <source>Reading assessment {done} of {total}…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn darllen asesiad {done} o {total}…</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn darllen y llyfrgell…</translation>
    </message>
    <message>
        <source>The cohort report could not be shown ({value}). The details are in the app&apos;s log.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd dangos yr adroddiad carfan ({value}). Mae&apos;r manylion yng nghofnod yr ap.</translation>
    </message>
    <message>
        <source>Cannot read the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu darllen y llyfrgell</translation>
    </message>
    <message>
        <source>The cohort report could not be made: {value}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd gwneud yr adroddiad carfan: {value}</translation>
    </message>
    <message>
        <source>The cohort report could not be made ({value}). The details are in the app&apos;s log.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd gwneud yr adroddiad carfan ({value}). Mae&apos;r manylion yng nghofnod yr ap.</translation>
    </message>
    <message>
        <source>Export the cohort report</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio adroddiad y garfan</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffolder ar gyfer y ffeiliau CSV</translation>
    </message>
    <message>
        <source>Folder for the chart pictures</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffolder ar gyfer lluniau&apos;r siartiau</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ysgrifennu {name}…</translation>
    </message>
    <message>
        <source>Writing CSV files to {folder}…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ysgrifennu ffeiliau CSV i {folder}…</translation>
    </message>
    <message>
        <source>Cannot save the charts</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu cadw&apos;r siartiau</translation>
    </message>
    <message>
        <source>Cannot save the charts in {folder}: {exc}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ellir cadw&apos;r siartiau yn {folder}: {exc}</translation>
    </message>
    <message>
        <source>Saved {value} charts in {folder}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw {value} siart yn {folder}.</translation>
    </message>
    <message>
        <source>Saved {value}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw {value}.</translation>
    </message>
    <message>
        <source>Saved {value} files in {parent}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw {value} ffeil yn {parent}.</translation>
    </message>
    <message>
        <source>Cannot export the cohort report</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu allforio adroddiad y garfan</translation>
    </message>
    <message>
        <source>The cohort report was not exported.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni chafodd yr adroddiad carfan ei allforio.</translation>
    </message>
    <message>
        <source>The cohort report was not exported ({value}). The details are in the app&apos;s log.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni chafodd yr adroddiad carfan ei allforio ({value}). Mae&apos;r manylion yng nghofnod yr ap.</translation>
    </message>
</context>
<context>
    <name>compare_chart</name>
    <message>
        <source>Overall</source>
        <extracomment>core&apos;s comparison says these in English (``core.comparison``); shown translated</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <source>Not yet scored</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb sgôr eto</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>no change</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>not scored</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <source>{title}: last visit {before}, this visit {after}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{title}: ymweliad diwethaf {before}, yr ymweliad hwn {after}</translation>
    </message>
    <message>
        <source>Scores at the last visit and now</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau&apos;r ymweliad diwethaf a nawr</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diwethaf</translation>
    </message>
    <message>
        <source>This visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Siart: {title}</translation>
    </message>
    <message>
        <source>Last visit ({day})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diwethaf ({day})</translation>
    </message>
    <message>
        <source>This visit ({day})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr ymweliad hwn ({day})</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim i&apos;w gymharu.</translation>
    </message>
    <message>
        <source>Scores out of 100: {first} and {second}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau allan o 100: {first} a {second}.</translation>
    </message>
</context>
<context>
    <name>compare_page</name>
    <message>
        <source>Progress since the last visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd ers yr ymweliad diwethaf</translation>
    </message>
    <message>
        <source>&amp;Back to the results</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Yn ôl i&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ôl i&apos;r canlyniadau</translation>
    </message>
    <message>
        <source>Answers that changed</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion a newidiodd</translation>
    </message>
    <message>
        <source>Area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diwethaf</translation>
    </message>
    <message>
        <source>This visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Level then</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefel bryd hynny</translation>
    </message>
    <message>
        <source>Level now</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefel nawr</translation>
    </message>
    <message>
        <source>Better</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwell</translation>
    </message>
    <message>
        <source>Worse</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwaeth</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi newid</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Not started</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Decided not to do</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Penderfynwyd peidio</translation>
    </message>
    <message>
        <source>Planned since {day}</source>
        <extracomment>each status in words, with the day it was recorded (shown translated)</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i gynllunio ers {day}</translation>
    </message>
    <message>
        <source>In progress since {day}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar y gweill ers {day}</translation>
    </message>
    <message>
        <source>Done since {day}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i wneud ers {day}</translation>
    </message>
    <message>
        <source>Not doing since {day}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ddim yn ei wneud ers {day}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>Last visit: {before}  →  Now: {after}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diwethaf: {before}  →  Nawr: {after}</translation>
    </message>
    <message>
        <source>Scores at the last visit and now (table)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau&apos;r ymweliad diwethaf a nawr (tabl)</translation>
    </message>
    <message>
        <source>Actions from last time: {group}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Camau gweithredu&apos;r tro diwethaf: {group}</translation>
    </message>
    <message>
        <source>Actions from last time</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Camau gweithredu o&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>{firm} (at the last visit: {earlier})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{firm} (yn yr ymweliad diwethaf: {earlier})</translation>
    </message>
    <message>
        <source>Progress since the last visit: {firm}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd ers yr ymweliad diwethaf: {firm}</translation>
    </message>
    <message>
        <source>Last visit {value} · this visit {value2}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diwethaf {value} · yr ymweliad hwn {value2}</translation>
    </message>
    <message>
        <source>Overall</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <source>1 answer changed: {better} better, {worse} worse, {value3} changed without points.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newidiodd 1 ateb: {better} yn well, {worse} yn waeth, {value3} wedi newid heb bwyntiau.</translation>
    </message>
    <message>
        <source>{value} answers changed: {better} better, {worse} worse, {value3} changed without points.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion a newidiodd: {value}: {better} yn well, {worse} yn waeth, {value3} wedi newid heb bwyntiau.</translation>
    </message>
    <message>
        <source>Overall: not enough answers at one of the visits to compare.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyffredinol: dim digon o atebion yn un o&apos;r ymweliadau i gymharu.</translation>
    </message>
    <message>
        <source>Overall {before} → {after} ({moved}): {level}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyffredinol {before} → {after} ({moved}): {level}</translation>
    </message>
    <message>
        <source>No status recorded</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim statws wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>No answer changed since the last visit.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni newidiodd unrhyw ateb ers yr ymweliad diwethaf.</translation>
    </message>
    <message>
        <source>Of the {value} actions planned at the last visit: {value2} done, {value3} in progress, {value4} not started, {value5} decided against.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>O&apos;r {value} cam gweithredu a gynlluniwyd yn yr ymweliad diwethaf: {value2} wedi&apos;u gwneud, {value3} ar y gweill, {value4} heb ddechrau, {value5} wedi penderfynu yn eu herbyn.</translation>
    </message>
    <message>
        <source>None.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Assessment files</source>
        <extracomment>the filters&apos; names, shown translated by :func:`shown_filter`</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau asesu</translation>
    </message>
    <message>
        <source>Password-protected files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau wedi&apos;u diogelu â chyfrinair</translation>
    </message>
    <message>
        <source>Password-protected assessment files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau asesu wedi&apos;u diogelu â chyfrinair</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeiliau PDF</translation>
    </message>
    <message>
        <source>Hub packs</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pecynnau hwb</translation>
    </message>
    <message>
        <source>All files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob ffeil</translation>
    </message>
    <message>
        <source>Install hub pack</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosod pecyn hwb</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ca&amp;nslo</translation>
    </message>
    <message>
        <source>Import assessment files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewnforio ffeiliau asesu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Eisoes yn y llyfrgell</translation>
    </message>
    <message>
        <source>The assessment of {name} in {name2} is already in the library (last changed {changed}).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae asesiad {name} yn {name2} eisoes yn y llyfrgell (newidiwyd ddiwethaf {changed}).</translation>
    </message>
    <message>
        <source>Replacing could lose work: {risks}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gallai disodli golli gwaith: {risks}.</translation>
    </message>
    <message>
        <source>In the library: {stored}
In the file: {in_file}

Keep both copies, replace the one in the library with the file&apos;s version, or skip this file?</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn y llyfrgell: {stored}
Yn y ffeil: {in_file}

Cadw&apos;r ddau gopi, disodli&apos;r un yn y llyfrgell â fersiwn y ffeil, neu hepgor y ffeil hon?</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r ddau</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Disodli</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Hepgor</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>a {count} arall</translation>
    </message>
    <message>
        <source>Password-protected file</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ffeil wedi&apos;i diogelu â chyfrinair</translation>
    </message>
    <message>
        <source>{names} is password-protected. Password:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae {names} wedi&apos;i diogelu â chyfrinair. Cyfrinair:</translation>
    </message>
    <message>
        <source>{names} are password-protected. Password:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae {names} wedi&apos;u diogelu â chyfrinair. Cyfrinair:</translation>
    </message>
    <message>
        <source>A firm already in the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnes sydd eisoes yn y llyfrgell</translation>
    </message>
    <message>
        <source>{name} holds an assessment of {name2} ({value}), started {value2}. The library already has this firm: its latest visit was started {value3}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae {name} yn cynnwys asesiad o {name2} ({value}), a ddechreuwyd {value2}. Mae&apos;r busnes hwn eisoes yn y llyfrgell: dechreuwyd ei ymweliad diweddaraf {value3}.</translation>
    </message>
    <message>
        <source>no postcode</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>dim cod post</translation>
    </message>
    <message>
        <source>Add it as a new visit of that firm? It then appears in the firm&apos;s history and is compared with the visit before it. Or keep it apart as another firm (its name is marked &apos;imported copy&apos; with the day, so the two can be told apart).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ei ychwanegu fel ymweliad newydd â&apos;r busnes hwnnw? Yna mae&apos;n ymddangos yn hanes y busnes ac yn cael ei gymharu â&apos;r ymweliad blaenorol. Neu ei gadw ar wahân fel busnes arall (mae ei enw&apos;n cael ei farcio &apos;imported copy&apos; gyda&apos;r dyddiad, fel bod modd gwahaniaethu rhwng y ddau).</translation>
    </message>
    <message>
        <source>Add as a &amp;new visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegu fel ymweliad &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Keep both apart</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r ddau ar wahân</translation>
    </message>
    <message>
        <source>A newer questionnaire</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Holiadur mwy newydd</translation>
    </message>
    <message>
        <source>The assessment of {firm_name} was made on version {old_version} of the questionnaire. Version {new_version} is now installed.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwnaed asesiad {firm_name} ar fersiwn {old_version} o&apos;r holiadur. Mae fersiwn {new_version} wedi&apos;i gosod nawr.</translation>
    </message>
    <message>
        <source>Carry the answers to the new version? Unchanged questions keep their answers and new ones wait for you; this assessment stays as it is, so nothing is lost.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Trosglwyddo&apos;r atebion i&apos;r fersiwn newydd? Mae cwestiynau sydd heb newid yn cadw eu hatebion ac mae rhai newydd yn aros amdanoch; mae&apos;r asesiad hwn yn aros fel y mae, felly does dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>&amp;Carry to the new version</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Symud i&apos;r fersiwn newydd</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cadw&apos;r fersiwn hon</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The library is damaged</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r llyfrgell wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>Recover into a new library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adfer i lyfrgell newydd</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau&apos;r ap</translation>
    </message>
    <message>
        <source>Nothing was lost: your answers are saved in the library. Fix the problem above and try again.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni chollwyd dim: mae eich atebion wedi&apos;u cadw yn y llyfrgell. Datryswch y broblem uchod a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>The details were saved in {path}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadwyd y manylion yn {path}.</translation>
    </message>
    <message>
        <source>The details are below.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r manylion isod.</translation>
    </message>
    <message>
        <source>The app hit a problem it did not expect. Your answers are saved as you go, so nothing you entered before this has been lost. You can carry on, or close the app and start it again.

{where} If it keeps happening, please send that file to whoever gave you the app.

Problem: {summary}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Daeth yr ap ar draws problem nad oedd yn ei disgwyl. Mae eich atebion yn cael eu cadw wrth i chi fynd, felly nid oes dim a roesoch cyn hyn wedi&apos;i golli. Gallwch barhau, neu gau&apos;r ap a&apos;i ddechrau eto.

{where} Os yw&apos;n dal i ddigwydd, anfonwch y ffeil honno at bwy bynnag a roddodd yr ap i chi.

Problem: {summary}</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Manylion technegol</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Copïo&apos;r manylion</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ellir gwneud hynny</translation>
    </message>
</context>
<context>
    <name>firm_details_dialog</name>
    <message>
        <source>Edit firm details…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Golygu manylion y busnes…</translation>
    </message>
    <message>
        <source>Edit firm details</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Golygu manylion y busnes</translation>
    </message>
    <message>
        <source>Correct the firm&apos;s name, sector, size or postcode ({key})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cywiro enw&apos;r busnes, ei sector, ei faint neu ei god post ({key})</translation>
    </message>
    <message>
        <source>Also correct the name, sector and place on the firm&apos;s other visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cywiro&apos;r enw, y sector a&apos;r lleoliad ar ymweliad arall y busnes hefyd</translation>
    </message>
    <message>
        <source>Also correct the name, sector and place on the firm&apos;s other {count} visits</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cywiro&apos;r enw, y sector a&apos;r lleoliad ar {count} ymweliad arall y busnes hefyd</translation>
    </message>
    <message>
        <source>Size, time and budget stay as they were at each visit.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r maint, yr amser a&apos;r gyllideb yn aros fel yr oeddent ym mhob ymweliad.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cad&amp;w</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>firm_history</name>
    <message>
        <source>History of {firm}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hanes {firm}</translation>
    </message>
    <message>
        <source>Visits of {firm}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliadau {firm}</translation>
    </message>
    <message>
        <source>Investing</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Buddsoddi</translation>
    </message>
    <message>
        <source>Cyber security</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Seiberddiogelwch</translation>
    </message>
    <message>
        <source>Staff</source>
        <translatorcomment>intended: the same word in Welsh; draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Visit started</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechreuwyd yr ymweliad</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Level</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>1 visit, oldest first. The change is the overall score&apos;s change since the visit before.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 ymweliad, yr hynaf yn gyntaf. Y newid yw newid y sgôr gyffredinol ers yr ymweliad blaenorol.</translation>
    </message>
    <message>
        <source>{count} visits, oldest first. The change is the overall score&apos;s change since the visit before.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliadau: {count}, yr hynaf yn gyntaf. Y newid yw newid y sgôr gyffredinol ers yr ymweliad blaenorol.</translation>
    </message>
    <message>
        <source>&amp;Open this visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Agor yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Open the selected visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor yr ymweliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cau&apos;r hanes</translation>
    </message>
    <message>
        <source>Cannot read the firm&apos;s history</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu darllen hanes y busnes</translation>
    </message>
</context>
<context>
    <name>library_page</name>
    <message>
        <source>Check how ready your firm is for new technology</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwiriwch pa mor barod yw eich busnes am dechnoleg newydd</translation>
    </message>
    <message>
        <source>This app helps a small firm check how ready it is to invest in technology, keep its systems safe and bring its staff along. Answer the questions (alone or with an adviser) and you get a score, an action plan and the support available near you.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r ap hwn yn helpu busnes bach i wirio pa mor barod ydyw i fuddsoddi mewn technoleg, cadw ei systemau&apos;n ddiogel a dod â&apos;i staff gydag ef. Atebwch y cwestiynau (ar eich pen eich hun neu gyda chynghorydd) a chewch sgôr, cynllun gweithredu a&apos;r cymorth sydd ar gael yn agos atoch.</translation>
    </message>
    <message>
        <source>Answer the questions</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebwch y cwestiynau</translation>
    </message>
    <message>
        <source>Every answer is saved as you go; stop whenever you like.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae pob ateb yn cael ei gadw wrth i chi fynd; stopiwch pryd bynnag y mynnwch.</translation>
    </message>
    <message>
        <source>See where you stand</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gweld ble rydych chi&apos;n sefyll</translation>
    </message>
    <message>
        <source>A score from 0 to 100 for investing in technology, cyber security and involving your staff, and what holds it back.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr o 0 i 100 ar gyfer buddsoddi mewn technoleg, seiberddiogelwch a chynnwys eich staff, a&apos;r hyn sy&apos;n ei dal yn ôl.</translation>
    </message>
    <message>
        <source>Get a plan you can carry out</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cael cynllun y gallwch ei gyflawni</translation>
    </message>
    <message>
        <source>What to do first, with the first step and the local organisations that can help, as a PDF to keep.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth i&apos;w wneud yn gyntaf, gyda&apos;r cam cyntaf a&apos;r sefydliadau lleol a all helpu, fel PDF i&apos;w gadw.</translation>
    </message>
    <message>
        <source>About {full} minutes for the full check, {quick} for the quick one.</source>
        <extracomment>{full} and {quick} are ranges of minutes such as &quot;22 to 32&quot; (the text just below)</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Tua {full} munud ar gyfer y gwiriad llawn, {quick} ar gyfer yr un cyflym.</translation>
    </message>
    <message>
        <source>{fewest} to {most}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{fewest} i {most}</translation>
    </message>
    <message>
        <source>Everything stays on this computer: nothing is sent anywhere.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae popeth yn aros ar y cyfrifiadur hwn: nid oes dim yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Investing in technology</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Buddsoddi mewn technoleg</translation>
    </message>
    <message>
        <source>Cyber security</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Seiberddiogelwch</translation>
    </message>
    <message>
        <source>Involving staff</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys staff</translation>
    </message>
    <message>
        <source>Your assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich asesiadau</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>Firm, sector, postcode district, town or local authority</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnes, sector, ardal cod post, tref neu awdurdod lleol</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Chwilio asesiadau</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>About this app</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ynghylch yr ap hwn</translation>
    </message>
    <message>
        <source>Start a new assess&amp;ment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau ase&amp;siad newydd</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau asesiad newydd</translation>
    </message>
    <message>
        <source>No assessment matches your search and filters.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes asesiad yn cyfateb i&apos;ch chwiliad a&apos;ch hidlwyr.</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiad &amp;newydd</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiad newydd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor yr asesiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Copy to re-assess</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Copïo i a&amp;ilasesu</translation>
    </message>
    <message>
        <source>Copy for a re-assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Copïo ar gyfer ailasesiad</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>Import assessment files</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewnforio ffeiliau asesu</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allf&amp;orio…</translation>
    </message>
    <message>
        <source>Export the selected assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r asesiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Delete the selected assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dileu&apos;r asesiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Firm&apos;s his&amp;tory…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hanes y &amp;busnes…</translation>
    </message>
    <message>
        <source>Show the firm&apos;s visits</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos ymweliadau&apos;r busnes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dadwneud y dileu</translation>
    </message>
    <message>
        <source>&amp;Latest visit per firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ymweliad diweddaraf pob b&amp;usnes</translation>
    </message>
    <message>
        <source>Show only each firm&apos;s latest visit</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos ymweliad diweddaraf pob busnes yn unig</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <source>Any status</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hidlo yn ôl sector</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw sector</translation>
    </message>
    <message>
        <source>Filter by local authority</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hidlo yn ôl awdurdod lleol</translation>
    </message>
    <message>
        <source>Any local authority</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw awdurdod lleol</translation>
    </message>
    <message>
        <source>Filter by overall level</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hidlo yn ôl y lefel gyffredinol</translation>
    </message>
    <message>
        <source>Any level</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw lefel</translation>
    </message>
    <message>
        <source>Area below a level</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes o dan lefel</translation>
    </message>
    <message>
        <source>No area filter</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim hidlydd maes</translation>
    </message>
    <message>
        <source>Any area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Unrhyw faes</translation>
    </message>
    <message>
        <source>The level the area is below</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y lefel y mae&apos;r maes oddi tani</translation>
    </message>
    <message>
        <source>Changed &amp;between</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newidiwyd &amp;rhwng</translation>
    </message>
    <message>
        <source>Filter by the date of the last change</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Hidlo yn ôl dyddiad y newid diwethaf</translation>
    </message>
    <message>
        <source>Changed on or after</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newidiwyd ar neu ar ôl</translation>
    </message>
    <message>
        <source>Changed on or before</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newidiwyd ar neu cyn</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Area below:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes o dan:</translation>
    </message>
    <message>
        <source>and</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Cannot read the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu darllen y llyfrgell</translation>
    </message>
    <message>
        <source>1 firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 busnes</translation>
    </message>
    <message>
        <source>{count} firms</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>busnesau: {count}</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 asesiad</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>asesiadau: {count}</translation>
    </message>
    <message>
        <source>(showing {shown}; scroll for more)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(yn dangos {shown}; sgroliwch am fwy)</translation>
    </message>
    <message>
        <source>Cannot delete the assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu dileu&apos;r asesiad</translation>
    </message>
    <message>
        <source>Deleted the assessment of {firm_name}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi dileu asesiad {firm_name}.</translation>
    </message>
    <message>
        <source>Cannot undo the delete</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu dadwneud y dileu</translation>
    </message>
    <message>
        <source>Restored the assessment of {firm_name}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi adfer asesiad {firm_name}.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn gwirio {name}…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi gwirio</translation>
    </message>
    <message>
        <source>Checking {count} file(s)…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn gwirio ffeiliau: {count}…</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ychwanegu {name}…</translation>
    </message>
    <message>
        <source>Adding to the library…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ychwanegu at y llyfrgell…</translation>
    </message>
    <message>
        <source>Imported {added} of {count} file(s).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewnforiwyd {added} o {count} ffeil.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mewnforio wedi gorffen</translation>
    </message>
    <message>
        <source>Import cancelled: nothing more was added.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslwyd y mewnforio: ni ychwanegwyd dim mwy.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Daeth y mewnforio i ben</translation>
    </message>
    <message>
        <source>Cannot export the assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu allforio&apos;r asesiad</translation>
    </message>
    <message>
        <source>Export the assessment file</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r ffeil asesu</translation>
    </message>
    <message>
        <source>Saved {written}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw {written}.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Technology Readiness</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Parodrwydd Technoleg</translation>
    </message>
    <message>
        <source>How this works
  You answer one question at a time about three areas: investing in technology, cyber
  security and involving your staff. Every answer is saved as you go.

  Each answer earns 0 to 4 points. An area&apos;s score (0 to 100) is the share of the points
  available on the questions answered; the overall score combines the areas. &quot;Don&apos;t know&quot;
  earns nothing and is listed for you to check. Levels: Starting (0-25), Developing (25-50),
  Established (50-75), Advanced (75-100). A critical gap (for example no backups) holds the
  level at Developing whatever the score; the results say what the score would be once fixed.

  The plan puts first what matters most (legal duties, then fixes for critical gaps), with at
  most 5 actions this month, and names the local organisations that can help.

  Privacy: everything stays on this computer. Nothing leaves it unless you export a file or
  save a PDF yourself.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae hyn yn gweithio
  Rydych chi&apos;n ateb un cwestiwn ar y tro am dri maes: buddsoddi mewn technoleg,
  seiberddiogelwch a chynnwys eich staff. Mae pob ateb yn cael ei gadw wrth i chi fynd.

  Mae pob ateb yn ennill 0 i 4 pwynt. Sgôr maes (0 i 100) yw cyfran y pwyntiau sydd ar gael
  ar y cwestiynau a atebwyd; mae&apos;r sgôr gyffredinol yn cyfuno&apos;r meysydd. Nid yw &quot;ddim yn
  gwybod&quot; yn ennill dim ac mae&apos;n cael ei restru i chi ei wirio. Lefelau: Dechrau (0-25),
  Datblygu (25-50), Sefydledig (50-75), Uwch (75-100). Mae bwlch critigol (er enghraifft dim
  copïau wrth gefn) yn dal y lefel ar Datblygu beth bynnag yw&apos;r sgôr; mae&apos;r canlyniadau&apos;n dweud
  beth fyddai&apos;r sgôr ar ôl ei drwsio.

  Mae&apos;r cynllun yn rhoi&apos;r hyn sydd bwysicaf yn gyntaf (dyletswyddau cyfreithiol, yna atebion i
  fylchau critigol), gydag uchafswm o 5 cam gweithredu y mis hwn, ac yn enwi&apos;r sefydliadau
  lleol a all helpu.

  Preifatrwydd: mae popeth yn aros ar y cyfrifiadur hwn. Nid oes dim yn ei adael oni bai eich
  bod yn allforio ffeil neu&apos;n cadw PDF eich hun.</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn agor eich asesiadau…</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adroddiad carfan</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiad newydd</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ellir agor yr asesiad</translation>
    </message>
    <message>
        <source>{exc}

It was made with the growth hub pack {value}, which this app does not have. Install that pack (File &gt; Install hub pack…) to open it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{exc}

Cafodd ei wneud gyda phecyn hwb twf {value}, nad yw gan yr ap hwn. Gosodwch y pecyn hwnnw (Ffeil &gt; Gosod pecyn hwb…) i&apos;w agor.</translation>
    </message>
    <message>
        <source>This assessment was made with the growth hub pack {value}, which this app does not have, so it is shown read-only. Install that pack (File &gt; Install hub pack…) to change it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwnaed yr asesiad hwn gyda phecyn hwb twf {value}, nad yw gan yr ap hwn, felly mae&apos;n cael ei ddangos i&apos;w ddarllen yn unig. Gosodwch y pecyn hwnnw (Ffeil &gt; Gosod pecyn hwb…) i&apos;w newid.</translation>
    </message>
    <message>
        <source>Cannot carry the answers over</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu trosglwyddo&apos;r atebion</translation>
    </message>
    <message>
        <source>Answers carried over</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion wedi&apos;u trosglwyddo</translation>
    </message>
    <message>
        <source>Cannot copy the assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu copïo&apos;r asesiad</translation>
    </message>
    <message>
        <source>Made a copy of {name}&apos;s assessment to re-assess; the answers are carried over for you to check.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi gwneud copi o asesiad {name} i ailasesu; mae&apos;r atebion wedi&apos;u cario drosodd i chi eu gwirio.</translation>
    </message>
    <message>
        <source>Cannot start the assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Progress – {firm}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd – {firm}</translation>
    </message>
    <message>
        <source>Cannot install the hub pack</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu gosod y pecyn hwb</translation>
    </message>
    <message>
        <source>Edit firm details</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Golygu manylion y busnes</translation>
    </message>
    <message>
        <source>Everywhere
  Ctrl+N  new assessment
  Ctrl+L  all assessments (the library)
  Ctrl+R  cohort report (all the firms together; export to XLSX, CSV or PNG)
  Ctrl+I  import assessment files
  Ctrl+Shift+E  edit the firm&apos;s details (the open assessment&apos;s, or the library&apos;s selected row)
  Ctrl+Shift+P  PDF action plans for several firms
  Ctrl+Q  quit
  F1      this list
  Tab / Shift+Tab  move between controls; Alt + the underlined letter presses a button

Library
  Ctrl+F  search;  Enter  open the selected assessment;  Delete  delete it;  Ctrl+Z  undo

Questions
  Arrow keys  choose an option;  Space  tick a box
  Alt+N (Save and continue) or Alt+Right  next question;  Alt+B or Alt+Left  previous
  Ctrl+J  jump to any question in the sidebar (Enter goes to it)
  Alt+M  what this means;  Alt+W  why it matters;  Alt+O  notes;  Alt+R  review

Results
  Alt+P  save the PDF action plan;  Alt+X  export the assessment file
  Alt+C  change answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ym mhobman
  Ctrl+N  asesiad newydd
  Ctrl+L  pob asesiad (y llyfrgell)
  Ctrl+R  adroddiad carfan (yr holl fusnesau gyda&apos;i gilydd; allforio i XLSX, CSV neu PNG)
  Ctrl+I  mewnforio ffeiliau asesu
  Ctrl+Shift+E  golygu manylion y busnes (yr asesiad sydd ar agor, neu&apos;r rhes a ddewiswyd yn y llyfrgell)
  Ctrl+Shift+P  cynlluniau gweithredu PDF ar gyfer sawl busnes
  Ctrl+Q  gadael
  F1      y rhestr hon
  Tab / Shift+Tab  symud rhwng rheolyddion; Alt + y llythyren sydd wedi&apos;i thanlinellu yn pwyso botwm

Llyfrgell
  Ctrl+F  chwilio;  Enter  agor yr asesiad a ddewiswyd;  Delete  ei ddileu;  Ctrl+Z  dadwneud

Cwestiynau
  Bysellau saeth  dewis opsiwn;  Bylchwr  ticio blwch
  Alt+U (Cadw a pharhau) neu Alt+Right  y cwestiwn nesaf;  Alt+Y neu Alt+Left  yr un blaenorol
  Ctrl+J  neidio i unrhyw gwestiwn yn y bar ochr (mae Enter yn mynd ato)
  Alt+O  beth mae hyn yn ei olygu;  Alt+B  pam mae&apos;n bwysig;  Alt+N  nodiadau;  Alt+A  adolygu

Canlyniadau
  Alt+P  cadw&apos;r cynllun gweithredu PDF;  Alt+S  allforio&apos;r ffeil asesu
  Alt+N  newid atebion</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>where the pack in use comes from (the services&apos; words), shown translated; an option or variable name stays as it is</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>wedi&apos;i osod</translation>
    </message>
    <message>
        <source>next to the app</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>wrth ymyl yr ap</translation>
    </message>
    <message>
        <source>Action plans {date}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynlluniau gweithredu {date}</translation>
    </message>
    <message>
        <source>Choose a firm in the library, or open an assessment, first.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch fusnes yn y llyfrgell, neu agorwch asesiad, yn gyntaf.</translation>
    </message>
    <message>
        <source>This assessment is shown read-only: install its hub pack to change it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r asesiad hwn yn cael ei ddangos i&apos;w ddarllen yn unig: gosodwch ei becyn hwb i&apos;w newid.</translation>
    </message>
    <message>
        <source>Cannot edit the firm&apos;s details</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu golygu manylion y busnes</translation>
    </message>
    <message>
        <source>Saved the details of {name}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw manylion {name}.</translation>
    </message>
    <message>
        <source>Install hub pack</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosod pecyn hwb</translation>
    </message>
    <message>
        <source>Install {name}?</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gosod {name}?</translation>
    </message>
    <message>
        <source>This changes:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae hyn yn newid:</translation>
    </message>
    <message>
        <source>You can remove it again with File &gt; Remove hub pack…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gallwch ei dynnu eto gyda Ffeil &gt; Tynnu pecyn hwb…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gosod</translation>
    </message>
    <message>
        <source>Installed {pack}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi gosod {pack}.</translation>
    </message>
    <message>
        <source>Remove hub pack</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Tynnu pecyn hwb</translation>
    </message>
    <message>
        <source>No hub pack is installed.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes pecyn hwb wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>{pack} comes from {origin}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Daw {pack} o {origin}.</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Tynnu {name}?</translation>
    </message>
    <message>
        <source>Its branding, local support and questionnaires are no longer used. Assessments made with it stay in the library and open read-only.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ddefnyddir ei frandio, ei gymorth lleol na&apos;i holiaduron mwyach. Mae asesiadau a wnaed gydag ef yn aros yn y llyfrgell ac yn agor i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Cannot remove the hub pack</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu tynnu&apos;r pecyn hwb</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi tynnu {name}.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>On this page</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ar y dudalen hon</translation>
    </message>
    <message>
        <source>Enter or Space presses the button that has the focus; Esc closes a dialog or stops the work in progress.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae Enter neu&apos;r Bylchwr yn pwyso&apos;r botwm sydd â&apos;r ffocws; mae Esc yn cau ffenestr ddeialog neu&apos;n stopio&apos;r gwaith sydd ar y gweill.</translation>
    </message>
    <message>
        <source>How this works</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae hyn yn gweithio</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ble mae eich data&apos;n cael ei gadw</translation>
    </message>
    <message>
        <source>Library: {library}
Settings: {settings}
Logs: {logs}

Nothing is sent anywhere. To move assessments to another computer, export them as files.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Llyfrgell: {library}
Gosodiadau: {settings}
Logiau: {logs}

Nid oes dim yn cael ei anfon i unman. I symud asesiadau i gyfrifiadur arall, allforiwch nhw fel ffeiliau.</translation>
    </message>
    <message>
        <source>Hub pack: {pack} (SHA-256 {sha}…), {origin}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pecyn hwb: {pack} (SHA-256 {sha}…), {origin}.</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ynghylch {title}</translation>
    </message>
    <message>
        <source>Works entirely on this computer; nothing is sent anywhere.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn gweithio&apos;n gyfan gwbl ar y cyfrifiadur hwn; nid oes dim yn cael ei anfon i unman.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Micro</source>
        <extracomment>the size bands&apos; short names for the list (core&apos;s labels say the number of people too)</extracomment>
        <translatorcomment>intended: the same word in Welsh; draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Small</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Bach</translation>
    </message>
    <message>
        <source>Medium</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>Large</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnes</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>intended: the same word in Welsh; draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Level</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Next review</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb sgôr eto</translation>
    </message>
    <message>
        <source>{day} · due</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{day} · yn ddyledus</translation>
    </message>
    <message>
        <source>Area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Score (0 to 100)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr (0 i 100)</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiynau wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>{answered} of {shown}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{answered} o {shown}</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <source>(held down by a critical gap)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(wedi&apos;i dal yn ôl gan fwlch critigol)</translation>
    </message>
</context>
<context>
    <name>new_assessment_page</name>
    <message>
        <source>Retail</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Manwerthu</translation>
    </message>
    <message>
        <source>Hospitality and food</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Lletygarwch a bwyd</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gweithgynhyrchu</translation>
    </message>
    <message>
        <source>Construction and trades</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adeiladu a chrefftau</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwasanaethau proffesiynol</translation>
    </message>
    <message>
        <source>Health and social care</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Iechyd a gofal cymdeithasol</translation>
    </message>
    <message>
        <source>Creative and digital</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Creadigol a digidol</translation>
    </message>
    <message>
        <source>Agriculture and food production</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Amaethyddiaeth a chynhyrchu bwyd</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Trafnidiaeth a logisteg</translation>
    </message>
    <message>
        <source>Charity or social enterprise</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Elusen neu fenter gymdeithasol</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Arall</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Asesiad newydd</translation>
    </message>
    <message>
        <source>Tell us about the firm. Only the name is needed; the postcode finds the support available in its area.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dywedwch wrthym am y busnes. Dim ond yr enw sydd ei angen; mae&apos;r cod post yn dod o hyd i&apos;r cymorth sydd ar gael yn ei ardal.</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewiswch neu teipiwch</translation>
    </message>
    <message>
        <source>Sector</source>
        <translatorcomment>intended: the same word in Welsh; draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>The UK Standard Industrial Classification (SIC 2007) section, from the Office for National Statistics</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adran Dosbarthiad Diwydiannol Safonol y DU (SIC 2007), gan y Swyddfa Ystadegau Gwladol</translation>
    </message>
    <message>
        <source>Not given</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>For example LS1 4AP</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Er enghraifft SA31 1DL</translation>
    </message>
    <message>
        <source>No postcode yet: the plan will list UK-wide support.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim cod post eto: bydd y cynllun yn rhestru cymorth ledled y DU.</translation>
    </message>
    <message>
        <source>Local authority found</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Awdurdod lleol a ganfuwyd</translation>
    </message>
    <message>
        <source>Na&amp;tion:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gwlad:</translation>
    </message>
    <message>
        <source>Nation</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwlad</translation>
    </message>
    <message>
        <source>Without a postcode, the nation decides which schemes and routes the plan names.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb god post, y wlad sy&apos;n penderfynu pa gynlluniau a llwybrau y mae&apos;r cynllun yn eu henwi.</translation>
    </message>
    <message>
        <source> hours a month</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation> awr y mis</translation>
    </message>
    <message>
        <source>The time the owner can give the plan each month; when not given, the firm&apos;s size implies it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr amser y gall y perchennog ei roi i&apos;r cynllun bob mis; os na chaiff ei roi, mae maint y busnes yn ei awgrymu.</translation>
    </message>
    <message>
        <source>What the firm can spend on the plan in a year; when not given, the firm&apos;s size implies it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr hyn y gall y busnes ei wario ar y cynllun mewn blwyddyn; os na chaiff ei roi, mae maint y busnes yn ei awgrymu.</translation>
    </message>
    <message>
        <source>Local &amp;authority:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>Local authority b&amp;y name:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Awdurdod lleol &amp;yn ôl enw:</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Holiadur:</translation>
    </message>
    <message>
        <source>Firm &amp;name:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Enw&apos;r busnes:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translatorcomment>intended: the same word in Welsh; draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Sector &amp;group (SIC):</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Grŵp sec&amp;tor (SIC):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mai&amp;nt:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Cod post:</translation>
    </message>
    <message>
        <source>Ti&amp;me for the plan:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Amser ar gyfer y cynll&amp;un:</translation>
    </message>
    <message>
        <source>&amp;Budget for the plan:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyll&amp;ideb ar gyfer y cynllun:</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Holiadur</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <source>Back to the &amp;library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ôl i&apos;r &amp;llyfrgell</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ôl i&apos;r llyfrgell</translation>
    </message>
    <message>
        <source>The postcode cannot be checked (the app&apos;s postcode data is damaged: {_geography_problem}). UK-wide support will be listed.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ellir gwirio&apos;r cod post (mae data codau post yr ap wedi&apos;i ddifrodi: {_geography_problem}). Bydd cymorth ledled y DU yn cael ei restru.</translation>
    </message>
    <message>
        <source>{name} (about {value} of the district)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{name} (tua {value} o&apos;r ardal)</translation>
    </message>
    <message>
        <source>Local authority: {problem}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Awdurdod lleol: {problem}</translation>
    </message>
    <message>
        <source>Check the postcode, choose the local authority by name, or leave the postcode empty.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwiriwch y cod post, dewiswch yr awdurdod lleol yn ôl enw, neu gadewch y cod post yn wag.</translation>
    </message>
    <message>
        <source>{title} ({count} questions, about {fewest} to {most} minutes)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{title} ({count} cwestiwn, tua {fewest} i {most} munud)</translation>
    </message>
    <message>
        <source>No questionnaire is installed, so an assessment cannot be started.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes holiadur wedi&apos;i osod, felly ni ellir dechrau asesiad.</translation>
    </message>
</context>
<context>
    <name>peer_panel</name>
    <message>
        <source>Area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes</translation>
    </message>
    <message>
        <source>This firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y busnes hwn</translation>
    </message>
    <message>
        <source>Median of similar firms</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canolrif busnesau tebyg</translation>
    </message>
    <message>
        <source>Similar firms with a score</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnesau tebyg gyda sgôr</translation>
    </message>
    <message>
        <source>Add the firm&apos;s sector and size band to compare it with similar firms in the library.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ychwanegwch sector a band maint y busnes i&apos;w gymharu â busnesau tebyg yn y llyfrgell.</translation>
    </message>
    <message>
        <source>Fewer than {count} similar firms (same sector and size band) are in the library, so no comparison is shown: with so few, one firm&apos;s scores could be read from it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae llai na {count} o fusnesau tebyg (yr un sector a band maint) yn y llyfrgell, felly ni ddangosir cymhariaeth: gyda chyn lleied, gellid darllen sgoriau un busnes ohoni.</translation>
    </message>
    <message>
        <source>Looking for similar firms in the library…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn chwilio am fusnesau tebyg yn y llyfrgell…</translation>
    </message>
    <message>
        <source>{title}: this firm {mine}, median of similar firms {median}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{title}: y busnes hwn {mine}, canolrif busnesau tebyg {median}</translation>
    </message>
    <message>
        <source>Compared with {count} other {size} firms in {sector}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>O&apos;i gymharu â busnesau eraill ({size}) yn {sector}: {count}.</translation>
    </message>
    <message>
        <source>How the firm compares with similar firms</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae&apos;r busnes yn cymharu â busnesau tebyg</translation>
    </message>
    <message>
        <source>Comparison with similar firms</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymhariaeth â busnesau tebyg</translation>
    </message>
    <message>
        <source>Scores beside similar firms (table)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau wrth ochr busnesau tebyg (tabl)</translation>
    </message>
    <message>
        <source>The comparison could not be made: {exc}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd gwneud y gymhariaeth: {exc}</translation>
    </message>
    <message>
        <source>Beside the median of {peers} other {value} firms in {sector} in this library (each firm&apos;s latest visit).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wrth ymyl canolrif {peers} o fusnesau {value} eraill yn {sector} yn y llyfrgell hon (ymweliad diweddaraf pob busnes).</translation>
    </message>
</context>
<context>
    <name>progress_text</name>
    <message>
        <source>{answered} of {shown} questions answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebwyd {answered} o {shown} cwestiwn</translation>
    </message>
    <message>
        <source>{open} not answered yet ({optional} of them optional)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{open} heb eu hateb eto ({optional} ohonynt yn ddewisol)</translation>
    </message>
    <message>
        <source>{open} not answered yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{open} heb eu hateb eto</translation>
    </message>
    <message>
        <source>1 follow-up question not asked for your answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>1 cwestiwn dilynol na ofynnwyd oherwydd eich atebion</translation>
    </message>
    <message>
        <source>{count} follow-up questions not asked for your answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>cwestiynau dilynol na ofynnwyd oherwydd eich atebion: {count}</translation>
    </message>
</context>
<context>
    <name>questionnaire_page</name>
    <message>
        <source>Save a&amp;nd continue</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw a pharha&amp;u</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw a pharhau</translation>
    </message>
    <message>
        <source>Save a&amp;nd review your answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw ac adolygu eich a&amp;tebion</translation>
    </message>
    <message>
        <source>Save and review your answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw ac adolygu eich atebion</translation>
    </message>
    <message>
        <source>answered</source>
        <extracomment>each state in words, shown translated</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>ddim yn gwybod</translation>
    </message>
    <message>
        <source>not answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <source>Areas and &amp;questions:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Meysydd a &amp;chwestiynau:</translation>
    </message>
    <message>
        <source>Areas and questions</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Meysydd a chwestiynau</translation>
    </message>
    <message>
        <source>Press Enter on a question to go to it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwyswch Enter ar gwestiwn i fynd ato.</translation>
    </message>
    <message>
        <source>Firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnes</translation>
    </message>
    <message>
        <source>Question number</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhif y cwestiwn</translation>
    </message>
    <message>
        <source>Progress through the questions</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd drwy&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiynau wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>What this means</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae hyn yn ei olygu</translation>
    </message>
    <message>
        <source>What this &amp;means</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae hyn yn ei &amp;olygu</translation>
    </message>
    <message>
        <source>Show or hide what the question means (Alt+M)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos neu guddio beth mae&apos;r cwestiwn yn ei olygu (Alt+O)</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam mae&apos;n &amp;bwysig</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pam mae&apos;n bwysig</translation>
    </message>
    <message>
        <source>From last time: is this still true? Confirm it, or pick another answer.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>O&apos;r tro diwethaf: ydy hyn yn dal yn wir? Cadarnhewch, neu dewiswch ateb arall.</translation>
    </message>
    <message>
        <source>Answer from last time</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ateb o&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>Still &amp;true</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dal yn &amp;wir</translation>
    </message>
    <message>
        <source>Confirm the answer from last time</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadarnhau&apos;r ateb o&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>All in this ar&amp;ea still true</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y cyfan yn y &amp;maes hwn yn dal yn wir</translation>
    </message>
    <message>
        <source>Confirm every answer from last time in this area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadarnhau pob ateb o&apos;r tro diwethaf yn y maes hwn</translation>
    </message>
    <message>
        <source>C&amp;lear answer</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>C&amp;lirio&apos;r ateb</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Clirio&apos;r ateb</translation>
    </message>
    <message>
        <source>Your n&amp;otes (optional; kept with the answer, for you or your adviser):</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich &amp;nodiadau (dewisol; yn cael eu cadw gyda&apos;r ateb, i chi neu&apos;ch cynghorydd):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Adviser&apos;s private note (never printed for the business or shared in a file unless you choose):</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn preifat y cynghorydd (byth yn cael ei argraffu i&apos;r busnes na&apos;i rannu mewn ffeil oni bai eich bod yn dewis):</translation>
    </message>
    <message>
        <source>Adviser&apos;s private note</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn preifat y cynghorydd</translation>
    </message>
    <message>
        <source>Adviser&apos;s pri&amp;vate note…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn pre&amp;ifat y cynghorydd…</translation>
    </message>
    <message>
        <source>Show the adviser&apos;s private note</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos nodyn preifat y cynghorydd</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiwn blaenorol</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Adolygu&apos;r atebion</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adolygu&apos;r atebion</translation>
    </message>
    <message>
        <source>&amp;All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Pob asesiad</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob asesiad</translation>
    </message>
    <message>
        <source>Every answer is saved as you go.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae pob ateb yn cael ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>{area} ({answered} of {shown})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{area} ({answered} o {shown})</translation>
    </message>
    <message>
        <source>{area}: {answered} of {shown} questions answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{area}: atebwyd {answered} o {shown} cwestiwn</translation>
    </message>
    <message>
        <source>Question {number}, {state}: {text}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiwn {number}, {state}: {text}</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiwn {number} o {total}</translation>
    </message>
    <message>
        <source>The {total} questions this check can ask. Some are follow-ups asked only when an earlier answer calls for them; those not needed are skipped, so the total never changes.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Y {total} cwestiwn y gall y gwiriad hwn eu gofyn. Dim ond pan fydd ateb cynharach yn galw amdanynt y gofynnir rhai cwestiynau dilynol; mae&apos;r rhai nad oes eu hangen yn cael eu hepgor, felly nid yw&apos;r cyfanswm byth yn newid.</translation>
    </message>
    <message>
        <source>Area: {value}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes: {value}</translation>
    </message>
    <message>
        <source>Answer the question first: a note is kept with its answer.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebwch y cwestiwn yn gyntaf: mae nodyn yn cael ei gadw gyda&apos;i ateb.</translation>
    </message>
</context>
<context>
    <name>results_page</name>
    <message>
        <source>about 1 hour of your time · {cost}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>tua 1 awr o&apos;ch amser · {cost}</translation>
    </message>
    <message>
        <source>about {hours} hours of your time · {cost}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>tua {hours} awr o&apos;ch amser · {cost}</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr gyffredinol</translation>
    </message>
    <message>
        <source>What the level means</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth mae&apos;r lefel yn ei olygu</translation>
    </message>
    <message>
        <source>How the plan fits the firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sut mae&apos;r cynllun yn gweddu i&apos;r busnes</translation>
    </message>
    <message>
        <source>Include my private &amp;notes in the PDF</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys fy nodiadau pre&amp;ifat yn y PDF</translation>
    </message>
    <message>
        <source>Private notes are the adviser&apos;s own; left unticked, the PDF has only the notes for the business.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodiadau&apos;r cynghorydd ei hun yw nodiadau preifat; heb dic, dim ond y nodiadau i&apos;r busnes sydd yn y PDF.</translation>
    </message>
    <message>
        <source>Area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Scores by area (table)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau fesul maes (tabl)</translation>
    </message>
    <message>
        <source>Areas that do not apply</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Meysydd nad ydynt yn berthnasol</translation>
    </message>
    <message>
        <source>Save the &amp;PDF action plan…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r cynllun gweithredu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the PDF action plan</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r cynllun gweithredu PDF</translation>
    </message>
    <message>
        <source>&amp;Open the plan</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Agor y cynllun</translation>
    </message>
    <message>
        <source>Open the saved action plan</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Agor y cynllun gweithredu a gadwyd</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos yn y ffol&amp;der</translation>
    </message>
    <message>
        <source>Show the saved plan in its folder</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dangos y cynllun a gadwyd yn ei ffolder</translation>
    </message>
    <message>
        <source>E&amp;xport the assessment file…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r ffeil a&amp;sesu…</translation>
    </message>
    <message>
        <source>Export the assessment file</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r ffeil asesu</translation>
    </message>
    <message>
        <source>&amp;Change answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Newid atebion</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Newid atebion</translation>
    </message>
    <message>
        <source>&amp;All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>P&amp;ob asesiad</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob asesiad</translation>
    </message>
    <message>
        <source>Do these first</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwnewch y rhain yn gyntaf</translation>
    </message>
    <message>
        <source>This month&apos;s actions, in the order to do them, each with its first step and who can help.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Camau gweithredu&apos;r mis hwn, yn y drefn i&apos;w gwneud, pob un gyda&apos;i gam cyntaf a phwy all helpu.</translation>
    </message>
    <message>
        <source>The rest of this year&apos;s plan</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gweddill cynllun eleni</translation>
    </message>
    <message>
        <source>Later, once the year&apos;s plan is done</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn nes ymlaen, unwaith y bydd cynllun y flwyddyn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Where each action stands</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ble mae pob cam gweithredu arni</translation>
    </message>
    <message>
        <source>Mark each action as it is planned, started or done: this is saved with the assessment, shows in the PDF and counts at the next check.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Marciwch bob cam gweithredu wrth iddo gael ei gynllunio, ei ddechrau neu ei wneud: mae hyn yn cael ei gadw gyda&apos;r asesiad, yn dangos yn y PDF ac yn cyfrif yn y gwiriad nesaf.</translation>
    </message>
    <message>
        <source>What you already do well</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yr hyn rydych eisoes yn ei wneud yn dda</translation>
    </message>
    <message>
        <source>local</source>
        <extracomment>how local an organisation is (core&apos;s ``Scope`` values), shown translated</extracomment>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>lleol</translation>
    </message>
    <message>
        <source>regional</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>rhanbarthol</translation>
    </message>
    <message>
        <source>national</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>cenedlaethol</translation>
    </message>
    <message>
        <source>Do these first: this month&apos;s actions</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwnewch y rhain yn gyntaf: camau gweithredu&apos;r mis hwn</translation>
    </message>
    <message>
        <source>Local support</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymorth lleol</translation>
    </message>
    <message>
        <source>Support near the firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymorth ger y busnes</translation>
    </message>
    <message>
        <source>Scores by area in detail</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgoriau fesul maes yn fanwl</translation>
    </message>
    <message>
        <source>Results for {name}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canlyniadau {name}</translation>
    </message>
    <message>
        <source>No score yet: answer some questions first.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim sgôr eto: atebwch rai cwestiynau yn gyntaf.</translation>
    </message>
    <message>
        <source> (held down by a critical gap)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation> (wedi&apos;i dal i lawr gan fwlch critigol)</translation>
    </message>
    <message>
        <source>Overall score {score} out of 100: {level}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sgôr gyffredinol {score} allan o 100: {level}</translation>
    </message>
    <message>
        <source>Provisional: {answered} of {shown} answered. Score so far {score} out of 100: {level}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dros dro: atebwyd {answered} o {shown}. Sgôr hyd yma {score} allan o 100: {level}</translation>
    </message>
    <message>
        <source>Answer the rest for the full picture: unanswered questions are left out of the score.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebwch y gweddill i gael y darlun llawn: mae cwestiynau heb eu hateb yn cael eu gadael allan o&apos;r sgôr.</translation>
    </message>
    <message>
        <source>{area}: not applicable.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{area}: amherthnasol.</translation>
    </message>
    <message>
        <source>First step: {step}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cam cyntaf: {step}</translation>
    </message>
    <message>
        <source>No actions needed from the answers so far.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes angen camau gweithredu o&apos;r atebion hyd yma.</translation>
    </message>
    <message>
        <source>This year&apos;s plan has 1 action, fitted to {means}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae gan gynllun eleni 1 cam gweithredu, wedi&apos;i addasu i {means}</translation>
    </message>
    <message>
        <source> The PDF plan has it, with a table to fill in who does what by when.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation> Mae yn y cynllun PDF, gyda thabl i&apos;w lenwi i ddweud pwy sy&apos;n gwneud beth erbyn pryd.</translation>
    </message>
    <message>
        <source>This year&apos;s plan has {count} actions, fitted to {means}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae gan gynllun eleni {count} cam gweithredu, wedi&apos;u haddasu i {means}</translation>
    </message>
    <message>
        <source> The PDF plan has them all, with a table to fill in who does what by when.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation> Mae&apos;r cyfan yn y cynllun PDF, gyda thabl i&apos;w lenwi i ddweud pwy sy&apos;n gwneud beth erbyn pryd.</translation>
    </message>
    <message>
        <source>Nothing else this year.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim byd arall eleni.</translation>
    </message>
    <message>
        <source>Nothing left for later.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim byd ar ôl tan yn nes ymlaen.</translation>
    </message>
    <message>
        <source>…and {value} more</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>…a {value} arall</translation>
    </message>
    <message>
        <source>No full-marks answers yet.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim atebion marciau llawn eto.</translation>
    </message>
    <message>
        <source>The action&apos;s status could not be saved: {exc}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd cadw statws y cam gweithredu: {exc}</translation>
    </message>
    <message>
        <source>not started</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb ddechrau</translation>
    </message>
    <message>
        <source>Saved: the action is {label}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw: mae&apos;r cam gweithredu yn {label}.</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb sgôr eto</translation>
    </message>
    <message>
        <source>Who can help: {names}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwy all helpu: {names}</translation>
    </message>
    <message>
        <source>The support directory cannot be read: {exc}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni ellir darllen y cyfeiriadur cymorth: {exc}</translation>
    </message>
    <message>
        <source>No support listed.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim cymorth wedi&apos;i restru.</translation>
    </message>
    <message>
        <source>The directory is more than a year old; check the details before you call.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r cyfeiriadur yn fwy na blwyddyn oed; gwiriwch y manylion cyn i chi ffonio.</translation>
    </message>
    <message>
        <source>No support listed for this area.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim cymorth wedi&apos;i restru ar gyfer yr ardal hon.</translation>
    </message>
    <message>
        <source>Making the action plan…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn gwneud y cynllun gweithredu…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ysgrifennu {name}…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was saved.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslwyd: ni chadwyd PDF.</translation>
    </message>
    <message>
        <source>Saved the action plan to {path}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw&apos;r cynllun gweithredu yn {path}.</translation>
    </message>
    <message>
        <source>Could not open {saved_pdf}; open it from its folder instead.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd agor {saved_pdf}; agorwch ef o&apos;i ffolder yn lle hynny.</translation>
    </message>
    <message>
        <source>Could not open the folder {parent}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd agor y ffolder {parent}.</translation>
    </message>
    <message>
        <source>Cannot save the action plan</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Methu cadw&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <source>The action plan was not saved.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ni chadwyd y cynllun gweithredu.</translation>
    </message>
</context>
<context>
    <name>review_page</name>
    <message>
        <source>Not answered yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>worth checking with someone who knows</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>gwerth ei wirio gyda rhywun sy&apos;n gwybod</translation>
    </message>
    <message>
        <source>from last time: confirm it is still true</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>o&apos;r tro diwethaf: cadarnhewch ei fod yn dal yn wir</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adolygu eich atebion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Look at these first</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Edrychwch ar y rhain yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Not answered yet:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Heb eu hateb eto:</translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiynau heb eu hateb eto</translation>
    </message>
    <message>
        <source>Answered &quot;&amp;don&apos;t know&quot; (worth checking with someone who knows):</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebwyd &quot;&amp;ddim yn gwybod&quot; (gwerth ei wirio gyda rhywun sy&apos;n gwybod):</translation>
    </message>
    <message>
        <source>Questions answered don&apos;t know</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cwestiynau a atebwyd &apos;ddim yn gwybod&apos;</translation>
    </message>
    <message>
        <source>&amp;From last time, not confirmed yet (still true?):</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;O&apos;r tro diwethaf, heb eu cadarnhau eto (yn dal yn wir?):</translation>
    </message>
    <message>
        <source>Answers from last time to confirm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion o&apos;r tro diwethaf i&apos;w cadarnhau</translation>
    </message>
    <message>
        <source>Answers to &amp;check (they seem to contradict each other):</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion i&apos;w g&amp;wirio (mae&apos;n ymddangos eu bod yn groes i&apos;w gilydd):</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion i&apos;w gwirio</translation>
    </message>
    <message>
        <source>Every answer, by area</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pob ateb, fesul maes</translation>
    </message>
    <message>
        <source>← &amp;Back to the questions</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>← &amp;Yn ôl i&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Yn ôl i&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Save answers as &amp;PDF…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r atebion fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the answers as a PDF to print</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r atebion fel PDF i&apos;w argraffu</translation>
    </message>
    <message>
        <source>&amp;See results</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Gweld y canlyniadau</translation>
    </message>
    <message>
        <source>See results</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gweld y canlyniadau</translation>
    </message>
    <message>
        <source>Press Enter on a question to go back to it.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Pwyswch Enter ar gwestiwn i fynd yn ôl ato.</translation>
    </message>
    <message>
        <source>Review the answers for {name}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Adolygu atebion {name}</translation>
    </message>
    <message>
        <source>None is &quot;don&apos;t know&quot;. See the results when you are ready.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oes yr un yn &quot;ddim yn gwybod&quot;. Gwelwch y canlyniadau pan fyddwch yn barod.</translation>
    </message>
    <message>
        <source>You can see the results now: unanswered questions are left out of the score and &quot;don&apos;t know&quot; counts as not in place.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gallwch weld y canlyniadau nawr: mae cwestiynau heb eu hateb yn cael eu gadael allan o&apos;r sgôr ac mae &quot;ddim yn gwybod&quot; yn cyfrif fel heb fod ar waith.</translation>
    </message>
    <message>
        <source>Every question has an answer.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae ateb i bob cwestiwn.</translation>
    </message>
    <message>
        <source>No &quot;don&apos;t know&quot; answers.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim atebion &quot;ddim yn gwybod&quot;.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(dewisol)</translation>
    </message>
    <message>
        <source>{answered} of {shown} answered</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>atebwyd {answered} o {shown}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodyn: {note}</translation>
    </message>
    <message>
        <source>answers</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>atebion</translation>
    </message>
    <message>
        <source>Save the answers as a PDF</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cadw&apos;r atebion fel PDF</translation>
    </message>
    <message>
        <source>The answers could not be saved to {target}: {value}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd cadw&apos;r atebion yn {target}: {value}</translation>
    </message>
    <message>
        <source>Saved the answers to {target}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Wedi cadw&apos;r atebion yn {target}.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>Your change could not be saved</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nid oedd modd cadw eich newid</translation>
    </message>
</context>
<context>
    <name>share_dialog</name>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhy fyr: defnyddiwch o leiaf {count} nod.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cryf.</translation>
    </message>
    <message>
        <source>Fair: a few more words or characters would make it stronger.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gweddol: byddai ychydig mwy o eiriau neu nodau yn ei wneud yn gryfach.</translation>
    </message>
    <message>
        <source>Weak: a phrase of four or more words is much harder to guess.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Gwan: mae ymadrodd o bedwar gair neu fwy yn llawer anoddach i&apos;w ddyfalu.</translation>
    </message>
    <message>
        <source>Firm: {name}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Busnes: {name}</translation>
    </message>
    <message>
        <source>(the real name is left out)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(mae&apos;r enw go iawn wedi&apos;i adael allan)</translation>
    </message>
    <message>
        <source>{district} (district only)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>{district} (ardal yn unig)</translation>
    </message>
    <message>
        <source>left out</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>wedi&apos;i adael allan</translation>
    </message>
    <message>
        <source>Postcode: {district}; no confirmed local authority</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cod post: {district}; dim awdurdod lleol wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Postcode: {postcode}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cod post: {postcode}</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>dim</translation>
    </message>
    <message>
        <source>size not given</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>maint heb ei roi</translation>
    </message>
    <message>
        <source>Sector and size: {sector}, {size}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Sector a maint: {sector}, {size}</translation>
    </message>
    <message>
        <source>not given</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source>Answers: {count}, with 1 note for the firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion: {count}, gydag 1 nodyn i&apos;r busnes</translation>
    </message>
    <message>
        <source>Answers: {count}, with {notes} notes for the firm</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion: {count}, gyda nodiadau i&apos;r busnes: {notes}</translation>
    </message>
    <message>
        <source>Your private notes: none on this assessment</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich nodiadau preifat: dim ar yr asesiad hwn</translation>
    </message>
    <message>
        <source>Your private notes: {count} included (the recipient can read them)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich nodiadau preifat: {count} wedi&apos;u cynnwys (gall y derbynnydd eu darllen)</translation>
    </message>
    <message>
        <source>Your private notes: {count} left out</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Eich nodiadau preifat: {count} wedi&apos;u gadael allan</translation>
    </message>
    <message>
        <source>(names of who did them left out)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>(enwau pwy a&apos;u gwnaeth wedi&apos;u gadael allan)</translation>
    </message>
    <message>
        <source>Where the plan&apos;s actions stand: {count} recorded</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ble mae camau gweithredu&apos;r cynllun: {count} wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>Id: a new one, so the copy cannot be matched to this library; no link to earlier visits</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dynodydd: un newydd, felly ni ellir paru&apos;r copi â&apos;r llyfrgell hon; dim cysylltiad ag ymweliadau cynharach</translation>
    </message>
    <message>
        <source>Id: the library&apos;s own; the link to the firm&apos;s earlier visits goes with it</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dynodydd: un y llyfrgell; mae&apos;r cysylltiad ag ymweliadau cynharach y busnes yn mynd gydag ef</translation>
    </message>
    <message>
        <source>Id: the library&apos;s own</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dynodydd: un y llyfrgell</translation>
    </message>
    <message>
        <source>Protection: a password (AES-256-GCM); without it the file cannot be read</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Diogelwch: cyfrinair (AES-256-GCM); hebddo ni ellir darllen y ffeil</translation>
    </message>
    <message>
        <source>Protection: none; anyone with the file can read it</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Diogelwch: dim; gall unrhyw un sydd â&apos;r ffeil ei darllen</translation>
    </message>
    <message>
        <source>Export the assessment file</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio&apos;r ffeil asesu</translation>
    </message>
    <message>
        <source>&amp;Everything for this firm (a plain copy)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Popeth ar gyfer y busnes hwn (copi plaen)</translation>
    </message>
    <message>
        <source>A &amp;scrubbed copy: named &apos;{SCRUBBED_NAME}&apos;, postcode cut to its district, a new id</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Copi &amp;wedi&apos;i lanhau: o&apos;r enw &apos;{SCRUBBED_NAME}&apos;, cod post wedi&apos;i gwtogi i&apos;w ardal, dynodydd newydd</translation>
    </message>
    <message>
        <source>Include my &amp;private notes</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnwys fy nodiadau pre&amp;ifat</translation>
    </message>
    <message>
        <source>Private notes are the adviser&apos;s own; they stay behind unless ticked.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Nodiadau&apos;r cynghorydd ei hun yw nodiadau preifat; maen nhw&apos;n aros ar ôl oni bai eu bod wedi&apos;u ticio.</translation>
    </message>
    <message>
        <source>Protect with a pass&amp;word</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Diogelu gyda chyf&amp;rinair</translation>
    </message>
    <message>
        <source>Password</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Password again</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrinair eto</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cryfder y cyfrinair</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>intended: the same word in Welsh; draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dewis ble i gadw&apos;r ffeil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Passwo&amp;rd:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyfrin&amp;air:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>Export {name}&apos;s assessment as a .readiness file.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Allforio asesiad {name} fel ffeil .readiness.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Mae&apos;r ddau gyfrinair yn wahanol; teipiwch yr un cyfrinair ddwywaith.</translation>
    </message>
    <message>
        <source>Tell the recipient the password another way (by phone, not in the same email).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Rhowch y cyfrinair i&apos;r derbynnydd mewn ffordd arall (dros y ffôn, nid yn yr un e-bost).</translation>
    </message>
    <message>
        <source>At least {count} characters; a phrase of several words is best.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>O leiaf {count} nod; ymadrodd o sawl gair sydd orau.</translation>
    </message>
</context>
<context>
    <name>tracking</name>
    <message>
        <source>Not started</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Where each action stands</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ble mae pob cam gweithredu arni</translation>
    </message>
    <message>
        <source>No actions to track.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Dim camau gweithredu i&apos;w dilyn.</translation>
    </message>
    <message>
        <source>Status of {value}</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Statws {value}</translation>
    </message>
    <message>
        <source>Compared with the check of {day}.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>O&apos;i gymharu â gwiriad {day}.</translation>
    </message>
    <message>
        <source>Overall: {change} ({before} → {after})</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cyffredinol: {change} ({before} → {after})</translation>
    </message>
    <message>
        <source>Actions from last time: {done} done, {in_progress} in progress, {planned} planned, {not_doing} not doing, {not_started} not started.</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Camau gweithredu&apos;r tro diwethaf: wedi&apos;u gwneud {done}, ar y gweill {in_progress}, wedi&apos;u cynllunio {planned}, ddim yn eu gwneud {not_doing}, heb ddechrau {not_started}.</translation>
    </message>
    <message>
        <source>Answers that changed: {count} ({better} better, {worse} worse).</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Atebion a newidiodd: {count} ({better} yn well, {worse} yn waeth).</translation>
    </message>
    <message>
        <source>Since your last check</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Ers eich gwiriad diwethaf</translation>
    </message>
    <message>
        <source>Compare &amp;with the last visit…</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymharu &amp;gyda&apos;r ymweliad diwethaf…</translation>
    </message>
    <message>
        <source>Compare with the last visit (chart, answers that changed, actions)</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cymharu gyda&apos;r ymweliad diwethaf (siart, atebion a newidiodd, camau gweithredu)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Message</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>draft: needs review by a Welsh speaker</translatorcomment>
        <translation>Canslo</translation>
    </message>
</context>
</TS>
