<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import assessment files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF action plans for several firms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;hub pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove hub pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How this works and keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where my data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will be in {language} the next time you start it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
