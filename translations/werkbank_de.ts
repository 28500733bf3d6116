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
    <message>
        <source>The service refused the token. Check the token file in Preferences › Services.</source>
        <translation>Der Dienst hat das Token abgelehnt. Prüfen Sie die Token-Datei unter Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>The service requires a token. Set its token file in Preferences › Services.</source>
        <translation>Der Dienst verlangt ein Token. Legen Sie seine Token-Datei unter Einstellungen › Dienste fest.</translation>
    </message>
    <message>
        <source>The service refused the credentials. Check the token file and certificates in Preferences › Services.</source>
        <translation>Der Dienst hat die Anmeldedaten abgelehnt. Prüfen Sie Token-Datei und Zertifikate unter Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>The service refused access. Check the token file and certificates in Preferences › Services.</source>
        <translation>Der Dienst hat den Zugriff verweigert. Prüfen Sie Token-Datei und Zertifikate unter Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>The secure connection failed: the service refused the client certificate, or its certificate does not match the CA file. Check the certificates in Preferences › Services.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Der Dienst hat das Client-Zertifikat abgelehnt, oder sein Zertifikat passt nicht zur CA-Datei. Prüfen Sie die Zertifikate unter Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>A token is only sent over an encrypted connection: set the service&apos;s CA file in Preferences › Services.</source>
        <translation>Ein Token wird nur über eine verschlüsselte Verbindung gesendet: Legen Sie die CA-Datei des Dienstes unter Einstellungen › Dienste fest.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read. Check it in Preferences › Services.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden. Prüfen Sie sie unter Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>The token file %1 is empty. Check it in Preferences › Services.</source>
        <translation>Die Token-Datei %1 ist leer. Prüfen Sie sie unter Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>There is no simulation service called &quot;%1&quot;. Check Preferences › Services.</source>
        <translation>Es gibt keinen Simulationsdienst namens „%1“. Prüfen Sie Einstellungen › Dienste.</translation>
    </message>
    <message>
        <source>The simulation service cannot be reached. Check its address in Preferences › Services and the network connection.</source>
        <translation>Der Simulationsdienst ist nicht erreichbar. Prüfen Sie seine Adresse unter Einstellungen › Dienste sowie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The simulation service did not answer in time.</source>
        <translation>Der Simulationsdienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The local simulation service could not be started (%1).</source>
        <translation>Der lokale Simulationsdienst konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The simulation service has no room for the job right now.</source>
        <translation>Der Simulationsdienst kann den Auftrag derzeit nicht aufnehmen.</translation>
    </message>
    <message>
        <source>This voxel size gives %1 voxels; the service accepts at most %2. Use a larger voxel size.</source>
        <translation>Diese Voxelgröße ergibt %1 Voxel; der Dienst akzeptiert höchstens %2. Verwenden Sie eine größere Voxelgröße.</translation>
    </message>
    <message>
        <source>The job needs about %1 of memory; the service has %2. Use a larger voxel size.</source>
        <translation>Der Auftrag benötigt etwa %1 Arbeitsspeicher; der Dienst hat %2. Verwenden Sie eine größere Voxelgröße.</translation>
    </message>
    <message>
        <source>The geometry is larger than the service accepts (%1).</source>
        <translation>Die Geometrie ist größer, als der Dienst annimmt (%1).</translation>
    </message>
    <message>
        <source>The geometry is empty.</source>
        <translation>Die Geometrie ist leer.</translation>
    </message>
    <message>
        <source>The service no longer has the geometry. Solve again to upload it.</source>
        <translation>Der Dienst hat die Geometrie nicht mehr. Starten Sie die Berechnung erneut, um sie hochzuladen.</translation>
    </message>
    <message>
        <source>The geometry was damaged on its way to the service. Solve again.</source>
        <translation>Die Geometrie wurde auf dem Weg zum Dienst beschädigt. Starten Sie die Berechnung erneut.</translation>
    </message>
    <message>
        <source>The service refused the request (field %1).</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (Feld %1).</translation>
    </message>
    <message>
        <source>The service does not know this job any more.</source>
        <translation>Der Dienst kennt diesen Auftrag nicht mehr.</translation>
    </message>
    <message>
        <source>The job has not finished yet.</source>
        <translation>Der Auftrag ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The job has no result.</source>
        <translation>Der Auftrag hat kein Ergebnis.</translation>
    </message>
    <message>
        <source>The result could not be stored in %1.</source>
        <translation>Das Ergebnis konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Following the job was stopped.</source>
        <translation>Die Verfolgung des Auftrags wurde beendet.</translation>
    </message>
    <message>
        <source>The job was interrupted: its service stopped before it finished.</source>
        <translation>Der Auftrag wurde unterbrochen: Sein Dienst wurde vor dem Abschluss beendet.</translation>
    </message>
    <message>
        <source>The local simulation service stopped unexpectedly; the job did not finish.</source>
        <translation>Der lokale Simulationsdienst wurde unerwartet beendet; der Auftrag wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The service no longer knows this job; it did not finish.</source>
        <translation>Der Dienst kennt diesen Auftrag nicht mehr; er wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The job ran past its deadline.</source>
        <translation>Der Auftrag hat seine Frist überschritten.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The model can move freely: add supports that hold every part.</source>
        <translation>Das Modell kann sich frei bewegen: Fügen Sie Lagerungen hinzu, die jedes Bauteil halten.</translation>
    </message>
    <message>
        <source>No voxel lies inside the geometry: the voxel size is too coarse or the surface is not closed.</source>
        <translation>Kein Voxel liegt innerhalb der Geometrie: Die Voxelgröße ist zu groß, oder die Oberfläche ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The voxel size gives too many voxels for this machine: use a larger voxel size.</source>
        <translation>Die Voxelgröße ergibt zu viele Voxel für diesen Rechner: Verwenden Sie eine größere Voxelgröße.</translation>
    </message>
    <message>
        <source>Not enough memory for this model: use a larger voxel size.</source>
        <translation>Nicht genug Arbeitsspeicher für dieses Modell: Verwenden Sie eine größere Voxelgröße.</translation>
    </message>
    <message>
        <source>The CUDA backend was requested but cannot run here (%1).</source>
        <translation>Das CUDA-Backend wurde angefordert, kann hier aber nicht ausgeführt werden (%1).</translation>
    </message>
    <message>
        <source>The GPU cannot hold the model: use a larger voxel size or the CPU.</source>
        <translation>Das Modell passt nicht in den Speicher der GPU: Verwenden Sie eine größere Voxelgröße oder die CPU.</translation>
    </message>
    <message>
        <source>No material is assigned to %1.</source>
        <translation>%1 ist kein Werkstoff zugewiesen.</translation>
    </message>
    <message>
        <source>The material %1 is unknown.</source>
        <translation>Der Werkstoff %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>The selection of %1 contains no surface of the model.</source>
        <translation>Die Auswahl von %1 enthält keine Oberfläche des Modells.</translation>
    </message>
    <message>
        <source>Running on the GPU %1.</source>
        <translation>Läuft auf der GPU %1.</translation>
    </message>
    <message>
        <source>Running on the CPU (%1).</source>
        <translation>Läuft auf der CPU (%1).</translation>
    </message>
    <message>
        <source>The job runs again after the service restarted.</source>
        <translation>Der Auftrag läuft nach dem Neustart des Dienstes erneut.</translation>
    </message>
    <message>
        <source>Uploading %1 to %2…</source>
        <translation>%1 wird auf %2 hochgeladen …</translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation>Als Auftrag %1 übermittelt.</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>In der Warteschlange.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Converged after %n iteration(s).</source>
        <translation>
            <numerusform>Nach %n Iteration konvergiert.</numerusform>
            <numerusform>Nach %n Iterationen konvergiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Did not converge within %n iteration(s).</source>
        <translation>
            <numerusform>Innerhalb von %n Iteration nicht konvergiert.</numerusform>
            <numerusform>Innerhalb von %n Iterationen nicht konvergiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection to the service was lost; reconnecting…</source>
        <translation>Die Verbindung zum Dienst wurde unterbrochen; sie wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>Verbindung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Result downloaded to %1.</source>
        <translation>Ergebnis nach %1 heruntergeladen.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Voxelizing</source>
        <translation>Voxelisieren</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Post-processing</source>
        <translation>Auswerten</translation>
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <source>Steels</source>
        <translation>Stähle</translation>
    </message>
    <message>
        <source>Stainless steels</source>
        <translation>Nichtrostende Stähle</translation>
    </message>
    <message>
        <source>Aluminium alloys</source>
        <translation>Aluminiumlegierungen</translation>
    </message>
    <message>
        <source>Titanium alloys</source>
        <translation>Titanlegierungen</translation>
    </message>
    <message>
        <source>Cast irons</source>
        <translation>Gusseisen</translation>
    </message>
    <message>
        <source>Copper alloys</source>
        <translation>Kupferlegierungen</translation>
    </message>
    <message>
        <source>Polymers</source>
        <translation>Kunststoffe</translation>
    </message>
    <message>
        <source>Young&apos;s modulus</source>
        <translation>Elastizitätsmodul</translation>
    </message>
    <message>
        <source>Poisson&apos;s ratio</source>
        <translation>Querkontraktionszahl</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Yield strength</source>
        <translation>Streckgrenze</translation>
    </message>
    <message>
        <source>Tensile strength</source>
        <translation>Zugfestigkeit</translation>
    </message>
    <message>
        <source>Thermal conductivity</source>
        <translation>Wärmeleitfähigkeit</translation>
    </message>
    <message>
        <source>Thermal expansion</source>
        <translation>Wärmeausdehnungskoeffizient</translation>
    </message>
    <message>
        <source>Specific heat</source>
        <translation>Spezifische Wärmekapazität</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be below %2.</source>
        <translation>%1 muss kleiner als %2 sein.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>The tensile strength must not be below the yield strength.</source>
        <translation>Die Zugfestigkeit darf nicht kleiner als die Streckgrenze sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QuantityText</name>
    <message>
        <source>Write numbers without group separators: %1.</source>
        <translation>Schreiben Sie Zahlen ohne Tausendertrennzeichen: %1.</translation>
    </message>
    <message>
        <source>Write numbers without group separators and with “%1” as decimal separator: %2.</source>
        <translation>Schreiben Sie Zahlen ohne Tausendertrennzeichen und mit „%1“ als Dezimaltrennzeichen: %2.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: write %2 or %3, without group separators.</source>
        <translation>„%1“ ist mehrdeutig: Schreiben Sie %2 oder %3, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Use a comma as decimal separator: %1.</source>
        <translation>Verwenden Sie ein Komma als Dezimaltrennzeichen: %1.</translation>
    </message>
    <message>
        <source>Use a point as decimal separator: %1.</source>
        <translation>Verwenden Sie einen Punkt als Dezimaltrennzeichen: %1.</translation>
    </message>
    <message>
        <source>Use “%1” as decimal separator: %2.</source>
        <translation>Verwenden Sie „%1“ als Dezimaltrennzeichen: %2.</translation>
    </message>
    <message>
        <source>This value takes no unit: remove “%1”.</source>
        <translation>Dieser Wert hat keine Einheit: Entfernen Sie „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a unit of %2, not of %3; use, for example, %4.</source>
        <translation>„%1“ ist eine Einheit für %2, nicht für %3; verwenden Sie z. B. %4.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”; did you mean %2?</source>
        <translation>Unbekannte Einheit „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <source>Unknown unit “%1” for %2; use, for example, %3.</source>
        <translation>Unbekannte Einheit „%1“ für %2; verwenden Sie z. B. %3.</translation>
    </message>
    <message>
        <source>The value is empty: enter a number.</source>
        <translation>Der Wert ist leer: Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>The value is empty: enter a number, optionally with a unit such as %1.</source>
        <translation>Der Wert ist leer: Geben Sie eine Zahl ein, wahlweise mit einer Einheit wie %1.</translation>
    </message>
    <message>
        <source>“%1” is not a finite number.</source>
        <translation>„%1“ ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>“%1” is out of range.</source>
        <translation>„%1“ liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>%1 is below absolute zero.</source>
        <translation>%1 liegt unter dem absoluten Nullpunkt.</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>force</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>heat flux</source>
        <translation>Wärmestromdichte</translation>
    </message>
    <message>
        <source>heat transfer coefficient</source>
        <translation>Wärmeübergangskoeffizient</translation>
    </message>
    <message>
        <source>heat generation per volume</source>
        <translation>Wärmeerzeugung pro Volumen</translation>
    </message>
    <message>
        <source>temperature difference</source>
        <translation>Temperaturdifferenz</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>thermal conductivity</source>
        <translation>Wärmeleitfähigkeit</translation>
    </message>
    <message>
        <source>thermal expansion coefficient</source>
        <translation>Wärmeausdehnungskoeffizient</translation>
    </message>
    <message>
        <source>specific heat</source>
        <translation>spezifische Wärmekapazität</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>SI (m, N, Pa, K)</source>
        <translation>SI (m, N, Pa, K)</translation>
    </message>
    <message>
        <source>Inch (in, lbf, psi, °F)</source>
        <translation>Zoll (in, lbf, psi, °F)</translation>
    </message>
    <message>
        <source>Millimetre (mm, N, MPa, °C)</source>
        <translation>Millimeter (mm, N, MPa, °C)</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <source>%1, maximum: %2 at %3</source>
        <translation>%1, Maximum: %2 bei %3</translation>
    </message>
    <message>
        <source>%1, minimum: %2 at %3</source>
        <translation>%1, Minimum: %2 bei %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Probe %1</source>
        <translation>Messpunkt %1</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Konvergiert</translation>
    </message>
    <message>
        <source>Not converged</source>
        <translation>Nicht konvergiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The result summary %1 is missing. The result folder may have been moved or deleted.</source>
        <translation>Die Ergebniszusammenfassung %1 fehlt. Der Ergebnisordner wurde womöglich verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The result summary %1 is damaged (at %2: %3).</source>
        <translation>Die Ergebniszusammenfassung %1 ist beschädigt (bei %2: %3).</translation>
    </message>
    <message>
        <source>The result summary %1 was written by a newer version of Werkbank (format version %2).</source>
        <translation>Die Ergebniszusammenfassung %1 wurde von einer neueren Werkbank-Version geschrieben (Formatversion %2).</translation>
    </message>
    <message>
        <source>The result summary %1 is too large (%2 bytes) to be one.</source>
        <translation>Die Ergebniszusammenfassung %1 ist zu groß (%2 Byte), um eine zu sein.</translation>
    </message>
    <message>
        <source>Out of date: the study has changed since this solve.</source>
        <translation>Veraltet: Die Studie wurde seit dieser Berechnung geändert.</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every service needs a name.</source>
        <translation>Jeder Dienst braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved.</source>
        <translation>Der Name „%1“ ist reserviert.</translation>
    </message>
    <message>
        <source>Two services are called &quot;%1&quot;.</source>
        <translation>Zwei Dienste heißen „%1“.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; needs an address (host:port).</source>
        <translation>Der Dienst „%1“ braucht eine Adresse (Host:Port).</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; has a client certificate but no CA file.</source>
        <translation>Der Dienst „%1“ hat ein Client-Zertifikat, aber keine CA-Datei.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; needs both a client certificate and its key.</source>
        <translation>Der Dienst „%1“ braucht sowohl ein Client-Zertifikat als auch dessen Schlüssel.</translation>
    </message>
    <message>
        <source>The token file can be read by other users (mode %1). Restrict it with &quot;chmod 600 %2&quot;.</source>
        <translation>Die Token-Datei ist für andere Benutzer lesbar (Modus %1). Schränken Sie die Rechte mit „chmod 600 %2“ ein.</translation>
    </message>
</context>
<context>
    <name>StudyText</name>
    <message>
        <source>Static structural</source>
        <translation>Statisch-mechanisch</translation>
    </message>
    <message>
        <source>Steady-state thermal</source>
        <translation>Stationär-thermisch</translation>
    </message>
    <message>
        <source>Fixed support</source>
        <translation>Feste Einspannung</translation>
    </message>
    <message>
        <source>Frictionless support</source>
        <translation>Reibungsfreie Lagerung</translation>
    </message>
    <message>
        <source>Prescribed displacement</source>
        <translation>Vorgegebene Verschiebung</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Gravity</source>
        <translation>Schwerkraft</translation>
    </message>
    <message>
        <source>Fixed temperature</source>
        <translation>Vorgegebene Temperatur</translation>
    </message>
    <message>
        <source>Heat flux</source>
        <translation>Wärmestromdichte</translation>
    </message>
    <message>
        <source>Convection</source>
        <translation>Konvektion</translation>
    </message>
    <message>
        <source>Heat source</source>
        <translation>Wärmequelle</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Film coefficient</source>
        <translation>Wärmeübergangskoeffizient</translation>
    </message>
    <message>
        <source>Ambient temperature</source>
        <translation>Umgebungstemperatur</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Von Mises stress</source>
        <translation>Vergleichsspannung</translation>
    </message>
    <message>
        <source>Principal stress</source>
        <translation>Hauptspannung</translation>
    </message>
    <message>
        <source>Safety factor</source>
        <translation>Sicherheitsfaktor</translation>
    </message>
    <message>
        <source>No geometry: open a model first.</source>
        <translation>Keine Geometrie: Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>No support: the model can move freely.</source>
        <translation>Keine Lagerung: Das Modell kann sich frei bewegen.</translation>
    </message>
    <message>
        <source>No temperature and no convection: the temperature level is undetermined.</source>
        <translation>Weder Temperatur noch Konvektion vorgegeben: Das Temperaturniveau ist unbestimmt.</translation>
    </message>
    <message>
        <source>No load: the result will be zero.</source>
        <translation>Keine Last: Das Ergebnis ist null.</translation>
    </message>
    <message>
        <source>Part &apos;%1&apos; has no material.</source>
        <translation>Das Bauteil „%1“ hat keinen Werkstoff.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no faces selected.</source>
        <translation>Für „%1“ sind keine Flächen ausgewählt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to part &apos;%2&apos;, which is not in the model.</source>
        <translation>„%1“ verweist auf das Bauteil „%2“, das nicht im Modell enthalten ist.</translation>
    </message>
    <message>
        <source>Unknown analysis &apos;%1&apos;.</source>
        <translation>Unbekannte Analyse „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Part &apos;%1&apos; has walls about %2 voxels (%3) thick, thinner than three voxels: the voxel model makes them too stiff or loses them. A voxel size of %4 or less resolves them.</source>
        <translation>Bauteil „%1“ hat Wände von etwa %2 Voxeln (%3) Dicke, dünner als drei Voxel: Das Voxelmodell macht sie zu steif oder verliert sie. Eine Voxelgröße von höchstens %4 löst sie auf.</translation>
    </message>
    <message>
        <source>Part &apos;%1&apos; is smaller than one voxel and is left out of the model: use a smaller voxel size.</source>
        <translation>Bauteil „%1“ ist kleiner als ein Voxel und fehlt im Modell: Verwenden Sie eine kleinere Voxelgröße.</translation>
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
    <name>wb::app::AddConditionCommand</name>
    <message>
        <source>Add support</source>
        <translation>Lagerung hinzufügen</translation>
    </message>
    <message>
        <source>Add load</source>
        <translation>Last hinzufügen</translation>
    </message>
</context>
<context>
    <name>wb::app::AddMaterialCommand</name>
    <message>
        <source>Add material</source>
        <translation>Werkstoff hinzufügen</translation>
    </message>
</context>
<context>
    <name>wb::app::AddProbeCommand</name>
    <message>
        <source>Add probe</source>
        <translation>Messpunkt hinzufügen</translation>
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
    <name>wb::app::ConvergencePlot</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Relative residual</source>
        <translation>Relatives Residuum</translation>
    </message>
</context>
<context>
    <name>wb::app::DuplicateItemCommand</name>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
</context>
<context>
    <name>wb::app::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected jobs (%1)</source>
        <translation>Bricht die ausgewählten Aufträge ab (%1).</translation>
    </message>
    <message>
        <source>&amp;Open Result</source>
        <translation>Ergebnis ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Download the selected job&apos;s result and show it</source>
        <translation>Lädt das Ergebnis des ausgewählten Auftrags herunter und zeigt es an.</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>Erneut &amp;berechnen</translation>
    </message>
    <message>
        <source>Solve the selected job&apos;s study again as a new job</source>
        <translation>Berechnet die Studie des ausgewählten Auftrags erneut als neuen Auftrag.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected finished jobs from the list and their service (%1)</source>
        <translation>Entfernt die ausgewählten abgeschlossenen Aufträge aus der Liste und von ihrem Dienst (%1).</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>List the jobs of the configured services again</source>
        <translation>Listet die Aufträge der eingerichteten Dienste neu auf.</translation>
    </message>
    <message>
        <source>The selected job&apos;s messages appear here.</source>
        <translation>Hier erscheinen die Meldungen des ausgewählten Auftrags.</translation>
    </message>
</context>
<context>
    <name>wb::app::JobsModel</name>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Not converged</source>
        <translation>Nicht konvergiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Uploading %1 %</source>
        <translation>Hochladen %1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
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
        <translation>Alle an&amp;zeigen</translation>
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
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>&amp;Shaded</source>
        <translation>S&amp;chattiert</translation>
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
    <message>
        <source>Jobs Running</source>
        <translation>Aufträge laufen</translation>
    </message>
    <message>
        <source>Jobs are running on this computer. They stop when Werkbank closes; the Jobs dock offers to run them again at the next start. Close anyway?</source>
        <translation>Auf diesem Computer laufen Aufträge. Sie werden abgebrochen, wenn Werkbank beendet wird; das Fenster „Aufträge“ bietet beim nächsten Start an, sie erneut auszuführen. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>%1[*] — Werkbank</source>
        <translation>%1[*] — Werkbank</translation>
    </message>
    <message numerus="yes">
        <source>%n files[*] — Werkbank</source>
        <translation>
            <numerusform>%n Datei[*] — Werkbank</numerusform>
            <numerusform>%n Dateien[*] — Werkbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Werkbank projects and studies (%1)</source>
        <translation>Werkbank-Projekte und -Studien (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) selected</source>
        <translation>
            <numerusform>%n Fläche ausgewählt</numerusform>
            <numerusform>%n Flächen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No faces selected</source>
        <translation>Keine Flächen ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Pick Faces</source>
        <translation>&amp;Flächen auswählen</translation>
    </message>
    <message>
        <source>Click a face to select it, Ctrl+click to add or remove one, drag a box to add the faces seen in it; right-drag orbits</source>
        <translation>Klicken Sie auf eine Fläche, um sie auszuwählen; Strg+Klick fügt eine Fläche hinzu oder entfernt sie, ein aufgezogener Rahmen fügt die darin sichtbaren Flächen hinzu; Ziehen mit der rechten Maustaste dreht die Ansicht.</translation>
    </message>
    <message>
        <source>Select All Faces of &amp;Part</source>
        <translation>Alle Flächen des &amp;Bauteils auswählen</translation>
    </message>
    <message>
        <source>Add every face of the parts selected in the tree (or, without any, of the parts of the picked faces)</source>
        <translation>Alle Flächen der im Baum ausgewählten Bauteile hinzufügen (ohne Auswahl im Baum: die der Bauteile der gewählten Flächen)</translation>
    </message>
    <message>
        <source>C&amp;lear Picked Faces</source>
        <translation>Flächenauswahl &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>Neues &amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt sp&amp;eichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Embed Geometry in Project</source>
        <translation>&amp;Geometrie im Projekt einbetten</translation>
    </message>
    <message>
        <source>Keep a copy of the geometry inside the project file</source>
        <translation>Eine Kopie der Geometrie in der Projektdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Solve the study (F9)</source>
        <translation>Berechnet die Studie (F9).</translation>
    </message>
    <message>
        <source>The study cannot be solved yet: see the problems list.</source>
        <translation>Die Studie kann noch nicht berechnet werden; siehe Problemliste.</translation>
    </message>
    <message>
        <source>This result is not one of the open project&apos;s; it has no place in the study tree.</source>
        <translation>Dieses Ergebnis gehört nicht zum geöffneten Projekt; es erscheint nicht im Studienbaum.</translation>
    </message>
</context>
<context>
    <name>wb::app::MaterialBrowser</name>
    <message>
        <source>The file is kept as it is. The first material you save replaces it, and the old file is kept as %1.</source>
        <translation>Die Datei bleibt unverändert. Der erste Werkstoff, den Sie speichern, ersetzt sie; die alte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Werkstoffe</translation>
    </message>
    <message>
        <source>Search by name, id or category</source>
        <translation>Nach Name, ID oder Kategorie suchen</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Werkstoff</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>D&amp;uplicate as custom...</source>
        <translation>Benutzerdefiniert &amp;duplizieren …</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>User materials</source>
        <translation>Benutzerwerkstoffe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>Neuer Werkstoff</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Duplicate as custom material</source>
        <translation>Als benutzerdefinierten Werkstoff duplizieren</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Werkstoff bearbeiten</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Werkstoff löschen</translation>
    </message>
    <message>
        <source>Delete the user material &quot;%1&quot; (%2)? Studies that use it keep their own copy of its properties.</source>
        <translation>Den Benutzerwerkstoff „%1“ (%2) löschen? Studien, die ihn verwenden, behalten ihre eigene Kopie seiner Eigenschaften.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Die ID „%1“ ist ungültig: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „_“, „-“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; belongs to a built-in material.</source>
        <translation>Die ID „%1“ gehört zu einem mitgelieferten Werkstoff.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already used by another user material.</source>
        <translation>Die ID „%1“ wird bereits von einem anderen Benutzerwerkstoff verwendet.</translation>
    </message>
    <message>
        <source>Field %1: %2.</source>
        <translation>Feld %1: %2.</translation>
    </message>
    <message>
        <source>Material &quot;%1&quot;, field %2: %3.</source>
        <translation>Werkstoff „%1“, Feld %2: %3.</translation>
    </message>
    <message>
        <source>The material library %1 has an error. %2</source>
        <translation>Die Werkstoffbibliothek %1 enthält einen Fehler. %2</translation>
    </message>
    <message>
        <source>The material library %1 is not valid JSON (line:column %2: %3).</source>
        <translation>Die Werkstoffbibliothek %1 ist kein gültiges JSON (Zeile:Spalte %2: %3).</translation>
    </message>
    <message>
        <source>The material library %1 is not a Werkbank material library (%2: %3).</source>
        <translation>Die Werkstoffbibliothek %1 ist keine Werkbank-Werkstoffbibliothek (%2: %3).</translation>
    </message>
    <message>
        <source>The material library %1 cannot be read.</source>
        <translation>Die Werkstoffbibliothek %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The material library %1 is too large (%2 bytes).</source>
        <translation>Die Werkstoffbibliothek %1 ist zu groß (%2 Byte).</translation>
    </message>
    <message>
        <source>The user materials could not be saved to %1: %2</source>
        <translation>Die Benutzerwerkstoffe konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>wb::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
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
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>Ein&amp;heiten:</translation>
    </message>
    <message>
        <source>Values are shown in these units, and a number typed without a unit is read in them. Any unit may be typed with a value (&quot;5 kN&quot;).</source>
        <translation>Werte werden in diesen Einheiten angezeigt, und eine ohne Einheit eingegebene Zahl wird in ihnen gelesen. Zu jedem Wert kann auch eine beliebige Einheit eingegeben werden („5 kN“).</translation>
    </message>
</context>
<context>
    <name>wb::app::ProjectSession</name>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>The project could not be saved. The previous file is unchanged.</source>
        <translation>Das Projekt konnte nicht gespeichert werden. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Werkbank projects (*.wbproj)</source>
        <translation>Werkbank-Projekte (*.wbproj)</translation>
    </message>
    <message>
        <source>The project could not be saved.</source>
        <translation>Das Projekt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The geometry embedded in the project is damaged.</source>
        <translation>Die im Projekt eingebettete Geometrie ist beschädigt.</translation>
    </message>
    <message>
        <source>The embedded geometry could not be written to %1.</source>
        <translation>Die eingebettete Geometrie konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Geometry not found</source>
        <translation>Geometrie nicht gefunden</translation>
    </message>
    <message>
        <source>The project&apos;s geometry file %1 was not found. It may have been moved or renamed.</source>
        <translation>Die Geometriedatei %1 des Projekts wurde nicht gefunden. Sie wurde vielleicht verschoben oder umbenannt.</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Open &amp;without geometry</source>
        <translation>&amp;Ohne Geometrie öffnen</translation>
    </message>
    <message>
        <source>Locate Geometry</source>
        <translation>Geometrie suchen</translation>
    </message>
    <message>
        <source>Geometry changed</source>
        <translation>Geometrie geändert</translation>
    </message>
    <message>
        <source>The geometry file %1 has changed since the project was saved. Faces picked for supports and loads may no longer be the same faces.</source>
        <translation>Die Geometriedatei %1 wurde seit dem Speichern des Projekts geändert. Die für Lagerungen und Lasten gewählten Flächen sind möglicherweise nicht mehr dieselben.</translation>
    </message>
    <message>
        <source>&amp;Open Anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
    <message>
        <source>The untitled project</source>
        <translation>Das unbenannte Projekt</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>%1 has changed. Save the changes?</source>
        <translation>%1 wurde geändert. Die Änderungen speichern?</translation>
    </message>
    <message>
        <source>Restore Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Werkbank did not close normally. Restore the project autosaved at %1?</source>
        <translation>Werkbank wurde nicht ordnungsgemäß beendet. Das automatisch gespeicherte Projekt vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The autosaved project could not be restored.</source>
        <translation>Das automatisch gespeicherte Projekt konnte nicht wiederhergestellt werden.</translation>
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
<context>
    <name>wb::app::QuantityEditor</name>
    <message>
        <source>The value must not be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Der Wert muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>wb::app::RemoveItemCommand</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>wb::app::RenameItemCommand</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>wb::app::ResultDisplay</name>
    <message>
        <source>The result folder %1 has no field file (fields.wbf).</source>
        <translation>Der Ergebnisordner %1 enthält keine Felddatei (fields.wbf).</translation>
    </message>
    <message>
        <source>The field file %1 cannot be read: it is damaged or not a Werkbank field file.</source>
        <translation>Die Felddatei %1 kann nicht gelesen werden: Sie ist beschädigt oder keine Werkbank-Felddatei.</translation>
    </message>
    <message>
        <source>The field file %1 holds no field that can be shown.</source>
        <translation>Die Felddatei %1 enthält kein darstellbares Feld.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Deformation:</source>
        <translation>Verformung:</translation>
    </message>
    <message>
        <source>Close Result</source>
        <translation>Ergebnis schließen</translation>
    </message>
    <message>
        <source>Removes the result from the model</source>
        <translation>Entfernt das Ergebnis vom Modell</translation>
    </message>
    <message>
        <source>Lowest value of the colour range</source>
        <translation>Kleinster Wert des Farbbereichs</translation>
    </message>
    <message>
        <source>Highest value of the colour range</source>
        <translation>Größter Wert des Farbbereichs</translation>
    </message>
    <message>
        <source>Deformation scale, from none to 5 times the automatic scale</source>
        <translation>Verformungsmaßstab, von keiner bis zum 5-Fachen des automatischen Maßstabs</translation>
    </message>
    <message>
        <source>Automatic colours</source>
        <translation>Automatische Farben</translation>
    </message>
    <message>
        <source>Rainbow</source>
        <translation>Regenbogen</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Stufenlos</translation>
    </message>
    <message numerus="yes">
        <source>%n bands</source>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic range</source>
        <translation>Automatischer Bereich</translation>
    </message>
    <message>
        <source>Locked range</source>
        <translation>Festgehaltener Bereich</translation>
    </message>
    <message>
        <source>Typed range</source>
        <translation>Eingegebener Bereich</translation>
    </message>
    <message>
        <source>Undeformed</source>
        <translation>Unverformt</translation>
    </message>
    <message>
        <source>Automatic (5% of size)</source>
        <translation>Automatisch (5 % der Größe)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tatsächliche Größe</translation>
    </message>
    <message>
        <source>0.5 × automatic</source>
        <translation>0,5 × automatisch</translation>
    </message>
    <message>
        <source>2 × automatic</source>
        <translation>2 × automatisch</translation>
    </message>
    <message>
        <source>5 × automatic</source>
        <translation>5 × automatisch</translation>
    </message>
</context>
<context>
    <name>wb::app::ResultLegend</name>
    <message>
        <source>%1 X</source>
        <translation>%1 X</translation>
    </message>
    <message>
        <source>%1 Y</source>
        <translation>%1 Y</translation>
    </message>
    <message>
        <source>%1 Z</source>
        <translation>%1 Z</translation>
    </message>
    <message>
        <source>Maximum principal stress</source>
        <translation>Größte Hauptspannung</translation>
    </message>
    <message>
        <source>Minimum principal stress</source>
        <translation>Kleinste Hauptspannung</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Min: %1</source>
        <translation>Min.: %1</translation>
    </message>
    <message>
        <source>Max: %1</source>
        <translation>Max.: %1</translation>
    </message>
    <message>
        <source>The maximum sits at the edge of a fixed support: its value depends on the voxel size. Read the stress a few voxels away.</source>
        <translation>Das Maximum liegt am Rand einer festen Einspannung: Sein Wert hängt von der Voxelgröße ab. Lesen Sie die Spannung einige Voxel entfernt ab.</translation>
    </message>
    <message>
        <source>The maximum sits at a sharp re-entrant corner: its value depends on the voxel size. Read the stress a few voxels away.</source>
        <translation>Das Maximum liegt an einer scharfen einspringenden Ecke: Sein Wert hängt von der Voxelgröße ab. Lesen Sie die Spannung einige Voxel entfernt ab.</translation>
    </message>
</context>
<context>
    <name>wb::app::ResultSummaryView</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Solved:</source>
        <translation>Berechnet:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Analyse:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Voxels:</source>
        <translation>Voxel:</translation>
    </message>
    <message>
        <source>Voxel size:</source>
        <translation>Voxelgröße:</translation>
    </message>
    <message>
        <source>Unknowns:</source>
        <translation>Unbekannte:</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <source>Relative residual:</source>
        <translation>Relatives Residuum:</translation>
    </message>
    <message>
        <source>Solve time:</source>
        <translation>Rechenzeit:</translation>
    </message>
    <message>
        <source>Extremes</source>
        <translation>Extremwerte</translation>
    </message>
    <message>
        <source>%1, maximum:</source>
        <translation>%1, Maximum:</translation>
    </message>
    <message>
        <source>%1, minimum:</source>
        <translation>%1, Minimum:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>wb::app::ServicesPage</name>
    <message>
        <source>Connected: Werkbank service %1.</source>
        <translation>Verbunden: Werkbank-Dienst %1.</translation>
    </message>
    <message>
        <source>Region: %1 (%2).</source>
        <translation>Region: %1 (%2).</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Backends: %1.</source>
        <translation>Backends: %1.</translation>
    </message>
    <message>
        <source>GPU: %1, %2.</source>
        <translation>GPU: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>Limits: %n job(s) at once, uploads up to %1, up to %2 voxels, %3 of memory.</source>
        <translation>
            <numerusform>Limits: %n Auftrag gleichzeitig, Uploads bis %1, bis %2 Voxel, %3 Arbeitsspeicher.</numerusform>
            <numerusform>Limits: %n Aufträge gleichzeitig, Uploads bis %1, bis %2 Voxel, %3 Arbeitsspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token-Datei:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>The CA certificate (PEM) that signed the service&apos;s certificate. Needed for a token.</source>
        <translation>Das CA-Zertifikat (PEM), mit dem das Zertifikat des Dienstes signiert wurde. Für ein Token erforderlich.</translation>
    </message>
    <message>
        <source>A file that holds the token; Werkbank stores only its path.</source>
        <translation>Eine Datei, die das Token enthält; Werkbank speichert nur ihren Pfad.</translation>
    </message>
    <message>
        <source>e.g. Frankfurt</source>
        <translation>z. B. Frankfurt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>The local service runs on this computer, starts when a job needs it and stops with Werkbank. It is always available.</source>
        <translation>Der lokale Dienst läuft auf diesem Computer, startet, wenn ein Auftrag ihn braucht, und endet mit Werkbank. Er ist immer verfügbar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>wb::app::SetAnalysisCommand</name>
    <message>
        <source>Change analysis</source>
        <translation>Analyse ändern</translation>
    </message>
</context>
<context>
    <name>wb::app::SetFacesCommand</name>
    <message>
        <source>Select faces</source>
        <translation>Flächen auswählen</translation>
    </message>
</context>
<context>
    <name>wb::app::SetMaterialCommand</name>
    <message>
        <source>Change material</source>
        <translation>Werkstoff ändern</translation>
    </message>
</context>
<context>
    <name>wb::app::SetMeshCommand</name>
    <message>
        <source>Change mesh</source>
        <translation>Netz ändern</translation>
    </message>
</context>
<context>
    <name>wb::app::SetParameterCommand</name>
    <message>
        <source>Change value</source>
        <translation>Wert ändern</translation>
    </message>
</context>
<context>
    <name>wb::app::SetProbePointCommand</name>
    <message>
        <source>Move probe</source>
        <translation>Messpunkt verschieben</translation>
    </message>
</context>
<context>
    <name>wb::app::StudyDock</name>
    <message>
        <source>Probe</source>
        <translation>Messpunkt</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Add a support on the selected faces</source>
        <translation>Fügt eine Lagerung an den ausgewählten Flächen hinzu.</translation>
    </message>
    <message>
        <source>+ &amp;Load</source>
        <translation>+ &amp;Last</translation>
    </message>
    <message>
        <source>Add a load on the selected faces</source>
        <translation>Fügt eine Last an den ausgewählten Flächen hinzu.</translation>
    </message>
    <message>
        <source>+ &amp;Material</source>
        <translation>+ &amp;Werkstoff</translation>
    </message>
    <message>
        <source>Add a material assignment</source>
        <translation>Fügt eine Werkstoffzuweisung hinzu.</translation>
    </message>
    <message>
        <source>Add a probe point</source>
        <translation>Fügt einen Messpunkt hinzu.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Su&amp;ppress</source>
        <translation>&amp;Unterdrücken</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Assign material to parts</source>
        <translation>Bauteilen Werkstoff zuweisen</translation>
    </message>
    <message>
        <source>The study is ready to solve (F9).</source>
        <translation>Die Studie kann berechnet werden (F9).</translation>
    </message>
    <message>
        <source>+ Suppor&amp;t</source>
        <translation>+ La&amp;gerung</translation>
    </message>
    <message>
        <source>+ Pro&amp;be</source>
        <translation>+ &amp;Messpunkt</translation>
    </message>
</context>
<context>
    <name>wb::app::StudyGlyphView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip over a support or load in the viewport: its name, then its type.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wb::app::StudyPropertyPanel</name>
    <message>
        <source>Add a support with the + button above.</source>
        <translation>Fügen Sie mit der Schaltfläche + oben eine Lagerung hinzu.</translation>
    </message>
    <message>
        <source>Add a load with the + button above.</source>
        <translation>Fügen Sie mit der Schaltfläche + oben eine Last hinzu.</translation>
    </message>
    <message>
        <source>Parts get the material of the last entry whose pattern matches them.</source>
        <translation>Ein Bauteil erhält den Werkstoff des letzten Eintrags, dessen Muster auf das Bauteil passt.</translation>
    </message>
    <message>
        <source>Probes report every result field at a point.</source>
        <translation>Messpunkte geben alle Ergebnisgrößen an einem Punkt aus.</translation>
    </message>
    <message>
        <source>Select an item of the study to edit it.</source>
        <translation>Wählen Sie ein Element der Studie aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>Analyse&amp;typ:</translation>
    </message>
    <message>
        <source>Study &amp;name:</source>
        <translation>Studien&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Use selected faces</source>
        <translation>Ausgewählte &amp;Flächen übernehmen</translation>
    </message>
    <message>
        <source>Apply the faces selected in the viewport to this item</source>
        <translation>Übernimmt die in der 3D-Ansicht ausgewählten Flächen für dieses Element.</translation>
    </message>
    <message>
        <source>Faces:</source>
        <translation>Flächen:</translation>
    </message>
    <message>
        <source>a box</source>
        <translation>Quaderauswahl</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n Fläche</numerusform>
            <numerusform>%n Flächen</numerusform>
        </translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Parts:</source>
        <translation>Bau&amp;teile:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Material:</source>
        <translation>Werkstoff:</translation>
    </message>
    <message>
        <source>Unknown material &apos;%1&apos;</source>
        <translation>Unbekannter Werkstoff „%1“</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Young&apos;s modulus %1, Poisson&apos;s ratio %2, density %3, yield strength %4, thermal conductivity %5</source>
        <translation>E-Modul %1, Querkontraktionszahl %2, Dichte %3, Streckgrenze %4, Wärmeleitfähigkeit %5</translation>
    </message>
    <message>
        <source>Coarse</source>
        <translation>Grob</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fein</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>A&amp;uflösung:</translation>
    </message>
    <message>
        <source>E&amp;xact voxel size (advanced)</source>
        <translation>E&amp;xakte Voxelgröße (erweitert)</translation>
    </message>
    <message>
        <source>Open a model to see the mesh size.</source>
        <translation>Öffnen Sie ein Modell, um die Netzgröße zu sehen.</translation>
    </message>
    <message>
        <source>Voxels: at most %1</source>
        <translation>Voxel: höchstens %1</translation>
    </message>
    <message>
        <source>Voxels: about %1</source>
        <translation>Voxel: etwa %1</translation>
    </message>
    <message>
        <source>Degrees of freedom: about %1</source>
        <translation>Freiheitsgrade: etwa %1</translation>
    </message>
    <message>
        <source>Memory: at most %1</source>
        <translation>Speicher: höchstens %1</translation>
    </message>
    <message>
        <source>Point:</source>
        <translation>Punkt:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Su&amp;ppressed</source>
        <translation>&amp;Unterdrückt</translation>
    </message>
    <message>
        <source>Use selected pa&amp;rts</source>
        <translation>Ausgewählte Bauteile &amp;übernehmen</translation>
    </message>
    <message>
        <source>The project&apos;s jobs go to the service chosen in Simulation › Target Service.</source>
        <translation>Die Aufträge des Projekts gehen an den Dienst, der unter Simulation › Zieldienst gewählt ist.</translation>
    </message>
    <message>
        <source>Part paths or names; * matches any text, ? one character</source>
        <translation>Bauteilpfade oder -namen; * steht für beliebigen Text, ? für ein einzelnes Zeichen</translation>
    </message>
    <message>
        <source>Each solve of the project shows its result here once it has finished. Select one to see its summary.</source>
        <translation>Jede Berechnung des Projekts zeigt hier ihr Ergebnis, sobald sie fertig ist. Wählen Sie eines aus, um seine Zusammenfassung zu sehen.</translation>
    </message>
</context>
<context>
    <name>wb::app::StudyTreeModel</name>
    <message>
        <source>Analysis: %1</source>
        <translation>Analyse: %1</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Werkstoffe</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Lagerungen</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Lasten</translation>
    </message>
    <message>
        <source>Mesh: voxel size %1 mm</source>
        <translation>Netz: Voxelgröße %1 mm</translation>
    </message>
    <message>
        <source>Mesh: %1 voxels</source>
        <translation>Netz: %1 Voxel</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Messpunkte</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (unterdrückt)</translation>
    </message>
    <message>
        <source>Probe %1</source>
        <translation>Messpunkt %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>wb::app::SuppressItemCommand</name>
    <message>
        <source>Suppress</source>
        <translation>Unterdrücken</translation>
    </message>
    <message>
        <source>Unsuppress</source>
        <translation>Unterdrückung aufheben</translation>
    </message>
</context>
<context>
    <name>wb::app::TargetServiceMenu</name>
    <message>
        <source>%1 (not configured on this computer)</source>
        <translation>%1 (auf diesem Computer nicht eingerichtet)</translation>
    </message>
    <message>
        <source>Target &amp;Service</source>
        <translation>&amp;Zieldienst</translation>
    </message>
    <message>
        <source>Configure Services…</source>
        <translation>Dienste einrichten …</translation>
    </message>
</context>
</TS>
