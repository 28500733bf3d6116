<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Werkbank %1&lt;/h3&gt;&lt;p&gt;Engineering workstation: CAD import, 3D viewing and simulation.&lt;/p&gt;&lt;p&gt;Built with: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Werkbank %1&lt;/h3&gt;&lt;p&gt;Ingenieur-Arbeitsplatz: CAD-Import, 3D-Ansicht und Simulation.&lt;/p&gt;&lt;p&gt;Erstellt mit: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Werkbank</source>
        <translation>Über Werkbank</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>Die Datei %1 kann nicht gelesen werden (Zugriffsrechte prüfen).</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is too large to open (%2 bytes).</source>
        <translation>Die Datei %1 ist zu groß zum Öffnen (%2 Byte).</translation>
    </message>
    <message>
        <source>The %2 file %1 is truncated: it ends before the data is complete.</source>
        <translation>Die %2-Datei %1 ist abgeschnitten: Sie endet, bevor die Daten vollständig sind.</translation>
    </message>
    <message>
        <source>The file %1 has the extension of %2 but its content is not %2 data.</source>
        <translation>Die Datei %1 hat die Endung von %2, ihr Inhalt sind aber keine %2-Daten.</translation>
    </message>
    <message>
        <source>The format of %1 is not supported.</source>
        <translation>Das Format von %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The file %1 contains invalid coordinates (NaN or infinite) in part %2.</source>
        <translation>Die Datei %1 enthält ungültige Koordinaten (NaN oder unendlich) im Bauteil %2.</translation>
    </message>
    <message>
        <source>The file %1 contains no geometry that can be shown.</source>
        <translation>Die Datei %1 enthält keine darstellbare Geometrie.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The %2 file %1 could not be read: %3</source>
        <translation>Die %2-Datei %1 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>An internal error occurred while reading %1: %2</source>
        <translation>Beim Lesen von %1 ist ein interner Fehler aufgetreten: %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Meshing</source>
        <translation>Vernetzen</translation>
    </message>
    <message>
        <source>The importer stopped unexpectedly while reading %1 (%2). The file may be damaged or too complex; what was open is unchanged.</source>
        <translation>Der Import wurde beim Lesen von %1 unerwartet beendet (%2). Die Datei ist vielleicht beschädigt oder zu komplex; das geöffnete Modell bleibt unverändert.</translation>
    </message>
    <message>
        <source>The importer&apos;s answer for %1 was damaged (%2).</source>
        <translation>Die Antwort des Imports für %1 war beschädigt (%2).</translation>
    </message>
    <message>
        <source>Opening %1 was stopped after the import&apos;s time limit of %2 s. What was open is unchanged; the limit is set in the preferences.</source>
        <translation>Das Öffnen von %1 wurde nach dem Zeitlimit des Imports von %2 s abgebrochen. Das geöffnete Modell bleibt unverändert; das Limit lässt sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Opening %1 was stopped at the import&apos;s memory limit of %2 MB. What was open is unchanged; the limit is set in the preferences.</source>
        <translation>Das Öffnen von %1 wurde am Speicherlimit des Imports von %2 MB abgebrochen. Das geöffnete Modell bleibt unverändert; das Limit lässt sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Opening %1 was stopped: the importer wrote a file larger than its limit of %2 MB. What was open is unchanged.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen: Der Import schrieb eine Datei über seinem Limit von %2 MB. Das geöffnete Modell bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Engineering workstation: CAD viewing and simulation</source>
        <translation>Ingenieur-Arbeitsplatz: CAD-Ansicht und Simulation</translation>
    </message>
    <message>
        <source>CAD or mesh files to open</source>
        <translation>Zu öffnende CAD- oder Netzdateien</translation>
    </message>
    <message>
        <source>Open the files, save the 3D view to &lt;png&gt; and quit.</source>
        <translation>Dateien öffnen, die 3D-Ansicht als &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Keep settings in &lt;dir&gt; instead of the user&apos;s.</source>
        <translation>Einstellungen in &lt;dir&gt; statt in denen des Benutzers speichern.</translation>
    </message>
</context>
<context>
    <name>wb::app::AssemblyTreeModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Triangles</source>
        <translation>Dreiecke</translation>
    </message>
</context>
<context>
    <name>wb::app::MainWindow</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>A model is already open. Replace it, or add the new file(s) to the scene?</source>
        <translation>Es ist bereits ein Modell geöffnet. Ersetzen oder die neuen Dateien zur Szene hinzufügen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Add to Scene</source>
        <translation>Zur Szene &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Could not open file</source>
        <translation>Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Werkbank</source>
        <translation>Werkbank</translation>
    </message>
    <message>
        <source>%1 — Werkbank</source>
        <translation>%1 — Werkbank</translation>
    </message>
    <message numerus="yes">
        <source>%n files — Werkbank</source>
        <translation>
            <numerusform>%n Datei — Werkbank</numerusform>
            <numerusform>%n Dateien — Werkbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Face %1 of %2</source>
        <translation>Fläche %1 von %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Standard Views</source>
        <translation>&amp;Standardansichten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Baugruppe</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel opening the file</source>
        <translation>Öffnen der Datei abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a CAD or mesh file</source>
        <translation>Eine CAD- oder Netzdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Add to Scene…</source>
        <translation>Zur Szene &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add a file to the open scene</source>
        <translation>Eine Datei zur offenen Szene hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Open the files again, with the current tessellation quality</source>
        <translation>Die Dateien mit der aktuellen Tessellierungsqualität neu öffnen</translation>
    </message>
    <message>
        <source>&amp;Close All</source>
        <translation>Alle &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Alle &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Isolate</source>
        <translation>&amp;Isolieren</translation>
    </message>
    <message>
        <source>Show only the selected node</source>
        <translation>Nur den ausgewählten Knoten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Shaded</source>
        <translation>&amp;Schattiert</translation>
    </message>
    <message>
        <source>Shaded with &amp;Edges</source>
        <translation>Schattiert mit &amp;Kanten</translation>
    </message>
    <message>
        <source>&amp;Wireframe</source>
        <translation>&amp;Drahtgitter</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>&amp;Isometrisch</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorne</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Hinten</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Oben</translation>
    </message>
    <message>
        <source>B&amp;ottom</source>
        <translation>&amp;Unten</translation>
    </message>
    <message>
        <source>&amp;About Werkbank</source>
        <translation>&amp;Über Werkbank</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>Alle unterstützten Dateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add to Scene</source>
        <translation>Zur Szene hinzufügen</translation>
    </message>
    <message>
        <source>Cancel Opening</source>
        <translation>Öffnen abbrechen</translation>
    </message>
</context>
<context>
    <name>wb::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Display unit:</source>
        <translation>&amp;Anzeigeeinheit:</translation>
    </message>
    <message>
        <source>&amp;Tessellation quality:</source>
        <translation>&amp;Tessellierungsqualität:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Millimetres (mm)</source>
        <translation>Millimeter (mm)</translation>
    </message>
    <message>
        <source>Metres (m)</source>
        <translation>Meter (m)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Zoll (in)</translation>
    </message>
    <message>
        <source>Coarse (fastest)</source>
        <translation>Grob (am schnellsten)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fine (most triangles)</source>
        <translation>Fein (die meisten Dreiecke)</translation>
    </message>
    <message>
        <source>Applies to files opened from now on; use Reload for open files.</source>
        <translation>Gilt für ab jetzt geöffnete Dateien; für geöffnete Dateien „Neu laden“ verwenden.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Mesh file unit:</source>
        <translation>&amp;Einheit von Netzdateien:</translation>
    </message>
    <message>
        <source>Automatic (mm; metres for glTF)</source>
        <translation>Automatisch (mm; Meter für glTF)</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Zentimeter (cm)</translation>
    </message>
    <message>
        <source>Unit of files that store no unit (STL, OBJ, PLY, ...). CAD files keep their own unit.</source>
        <translation>Einheit von Dateien ohne gespeicherte Einheit (STL, OBJ, PLY, …). CAD-Dateien behalten ihre eigene Einheit.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An import that takes longer is stopped; what was open stays.</source>
        <translation>Ein Import, der länger dauert, wird abgebrochen; das geöffnete Modell bleibt.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>An import that needs more memory is stopped; what was open stays.</source>
        <translation>Ein Import, der mehr Speicher braucht, wird abgebrochen; das geöffnete Modell bleibt.</translation>
    </message>
    <message>
        <source>&amp;Import time limit:</source>
        <translation>&amp;Zeitlimit für Importe:</translation>
    </message>
    <message>
        <source>Import m&amp;emory limit:</source>
        <translation>Speicher&amp;limit für Importe:</translation>
    </message>
</context>
<context>
    <name>wb::app::PropertiesPanel</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Part:</source>
        <translation>Bauteil:</translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation>Dreiecke:</translation>
    </message>
    <message>
        <source>Faces:</source>
        <translation>Flächen:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>File unit:</source>
        <translation>Dateieinheit:</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nichts geöffnet</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
</TS>
