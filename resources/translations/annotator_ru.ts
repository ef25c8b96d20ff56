<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdjudicationWindow</name>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="51"/>
        <source>Adjudication — {name}</source>
        <translation>Согласование — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="79"/>
        <source>Take version {n}</source>
        <translation>Принять версию {n}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="82"/>
        <source>Take version A</source>
        <translation>Принять версию A</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="83"/>
        <source>Take version B</source>
        <translation>Принять версию B</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="84"/>
        <source>Edit: take the selected text</source>
        <translation>Правка: взять выделенный текст</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="85"/>
        <source>Drop the item</source>
        <translation>Отбросить пункт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="86"/>
        <source>Undo the last decision</source>
        <translation>Отменить последнее решение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="87"/>
        <source>Next document</source>
        <translation>Следующий документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="88"/>
        <source>Previous document</source>
        <translation>Предыдущий документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="101"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="146"/>
        <source>Select the text of the gold annotation first, then press E.</source>
        <translation>Сначала выделите текст эталонной разметки, затем нажмите E.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="171"/>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="198"/>
        <source>green: gold · yellow: the item being settled</source>
        <translation>зелёный: эталон · жёлтый: согласуемый пункт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="220"/>
        <source>Theme: {theme}</source>
        <translation>Тема: {theme}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="228"/>
        <source>tagged</source>
        <translation>отмечена</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="228"/>
        <source>not tagged</source>
        <translation>не отмечена</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="230"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/adjudication_window.py" line="248"/>
        <source>{settled} of {total} items settled · {open} open in this document</source>
        <translation>согласовано {settled} из {total} · в этом документе осталось {open}</translation>
    </message>
</context>
<context>
    <name>AnnotatedTextView</name>
    <message>
        <location filename="../../annotator/gui/text_view.py" line="331"/>
        <source>said by {names}</source>
        <translation>сказал(а): {names}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/text_view.py" line="335"/>
        <source>comment: {text}</source>
        <translation>комментарий: {text}</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="85"/>
        <location filename="../../annotator/gui/annotation_controller.py" line="104"/>
        <source>Select some text first</source>
        <translation>Сначала выделите текст</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="91"/>
        <source>The selection holds no text</source>
        <translation>В выделении нет текста</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="96"/>
        <source>Created {label}</source>
        <translation>Создано: {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="107"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="108"/>
        <source>Label for the selection (type a new one to add it):</source>
        <translation>Метка для выделения (введите новую, чтобы добавить её):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="125"/>
        <source>No annotation at the cursor</source>
        <translation>Под курсором нет разметки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="163"/>
        <source>Accepted {count} suggestion(s)</source>
        <translation>Принято предложений: {count}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="175"/>
        <source>Only a quote has a kind</source>
        <translation>Тип есть только у цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="191"/>
        <source>An annotation cannot be empty</source>
        <translation>Фрагмент разметки не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="201"/>
        <source>No more suggestions</source>
        <translation>Предложений больше нет</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="201"/>
        <source>No annotations</source>
        <translation>Разметки нет</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="224"/>
        <source>Put the cursor on a quote to link it</source>
        <translation>Поставьте курсор на цитату, чтобы связать её</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="240"/>
        <source>This article has no speaker mentions yet: mark one with S</source>
        <translation>В статье ещё нет упоминаний говорящих: отметьте их клавишей S</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="242"/>
        <source>Link quote to speaker</source>
        <translation>Связать цитату с говорящим</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="301"/>
        <source>Click the speaker of this quote (Esc cancels)</source>
        <translation>Щёлкните по автору этой цитаты (Esc — отмена)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="308"/>
        <source>Quote linked to its speaker</source>
        <translation>Цитата связана с говорящим</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="77"/>
        <source>{mode}: N, A, R and accept-all look at these only (F: the next kind)</source>
        <translation>{mode}: N, A, R и «принять все» работают только с ними (F — следующий вид)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="146"/>
        <source>No theme suggestion on this annotation</source>
        <translation>У этой аннотации нет предложенных тем</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="149"/>
        <source>Theme suggestion</source>
        <translation>Предложенная тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="243"/>
        <source>Who said it? The nearest speakers come first.</source>
        <translation>Кто это сказал? Ближайшие говорящие — первыми.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="253"/>
        <source>Quote linked to {name}</source>
        <translation>Цитата связана с говорящим: {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="266"/>
        <source>Set speaker</source>
        <translation>Назначить говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="267"/>
        <source>Who is «{mention}»?</source>
        <translation>Кто такой «{mention}»?</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="280"/>
        <source>Speaker: {name}</source>
        <translation>Говорящий: {name}</translation>
    </message>
</context>
<context>
    <name>AnnotationSession</name>
    <message>
        <location filename="../../annotator/gui/document_commands.py" line="72"/>
        <location filename="../../annotator/gui/session.py" line="156"/>
        <source>The project is busy: another annotator process (an import, another window) kept it locked for more than {seconds} s. The edit was not saved; try again in a moment.</source>
        <translation>Проект занят: другой процесс annotator (импорт, другое окно) не освобождает его дольше {seconds} с. Правка не сохранена; повторите её через минуту.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_commands.py" line="80"/>
        <location filename="../../annotator/gui/session.py" line="162"/>
        <source>The edit could not be saved ({error}); the project file is unchanged.</source>
        <translation>Правку не удалось сохранить ({error}); файл проекта не изменён.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="258"/>
        <source>Create {label}</source>
        <translation>Создать: {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="262"/>
        <source>Delete annotation</source>
        <translation>Удалить разметку</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="268"/>
        <source>Adjust boundaries</source>
        <translation>Изменить границы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="272"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="272"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="276"/>
        <source>Set quote kind</source>
        <translation>Тип цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="283"/>
        <source>Assign speaker</source>
        <translation>Назначить говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="290"/>
        <source>Accept all</source>
        <translation>Принять всё</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="294"/>
        <source>Link quote to speaker</source>
        <translation>Связать цитату с говорящим</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="303"/>
        <source>Remove theme</source>
        <translation>Снять тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="304"/>
        <source>Tag theme</source>
        <translation>Отметить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="308"/>
        <source>Theme suggestion</source>
        <translation>Предложенная тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="313"/>
        <source>Rename speaker</source>
        <translation>Переименовать говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="317"/>
        <source>Add alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="320"/>
        <source>Merge speakers</source>
        <translation>Объединить говорящих</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="326"/>
        <source>Shipped keywords</source>
        <translation>Ключевые слова из поставки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="327"/>
        <source>Edit theme</source>
        <translation>Изменить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="330"/>
        <source>Delete theme</source>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="336"/>
        <source>Document status</source>
        <translation>Статус документа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="280"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="46"/>
        <source>Nothing to paste: {reason}</source>
        <translation>Нечего вставить: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="50"/>
        <source>This article is already in the project (document {id}).</source>
        <translation>Эта статья уже есть в проекте (документ {id}).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="67"/>
        <source>New document “{title}”</source>
        <translation>Новый документ «{title}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="69"/>
        <source>Document “{title}” added</source>
        <translation>Документ «{title}» добавлен</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="88"/>
        <source>Edit document properties</source>
        <translation>Изменение свойств документа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="90"/>
        <source>Document properties saved</source>
        <translation>Свойства документа сохранены</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="99"/>
        <source>Delete document “{title}”</source>
        <translation>Удаление документа «{title}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_actions.py" line="101"/>
        <source>Document “{title}” deleted with its annotations (Ctrl+Z brings it back)</source>
        <translation>Документ «{title}» удалён вместе с разметкой (Ctrl+Z вернёт его)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="36"/>
        <source>New document from the clipboard</source>
        <translation>Новый документ из буфера обмена</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="37"/>
        <source>Document properties</source>
        <translation>Свойства документа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="40"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="40"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="41"/>
        <source>URL</source>
        <translation>Адрес (URL)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="58"/>
        <source>Text ({count} characters; it cannot be changed once stored)</source>
        <translation>Текст (символов: {count}; после сохранения его нельзя изменить)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_dialog.py" line="76"/>
        <source>The date must be written as YYYY-MM-DD, e.g. 2026-11-27.</source>
        <translation>Дату нужно записать как ГГГГ-ММ-ДД, например 2026-11-27.</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="28"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="37"/>
        <source>Filter: title, source or a word in any form</source>
        <translation>Фильтр: заголовок, источник или слово в любой форме</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="76"/>
        <source>Any speaker</source>
        <translation>Любой говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="80"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="112"/>
        <source>{shown} of {total} documents</source>
        <translation>Показано {shown} из {total} документов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="113"/>
        <source>{total} documents</source>
        <translation>Документов: {total}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="29"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="31"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="33"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="34"/>
        <source>Tags</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="84"/>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="83"/>
        <location filename="../../annotator/gui/export_dialog.py" line="108"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="91"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="98"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="99"/>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="129"/>
        <source>Annotations</source>
        <translation>Разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="132"/>
        <source>Include rejected annotations</source>
        <translation>Включить отклонённую разметку</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="133"/>
        <source>Only gold annotations (accepted or adjudicated)</source>
        <translation>Только эталонная разметка (принятая или согласованная)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="137"/>
        <source>Everyone</source>
        <translation>Все аннотаторы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="145"/>
        <source>Statuses</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="147"/>
        <source>Annotator</source>
        <translation>Аннотатор</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="151"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="152"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="157"/>
        <source>Only this document: {title}</source>
        <translation>Только этот документ: {title}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="158"/>
        <source>none open</source>
        <translation>ни один не открыт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="172"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="178"/>
        <source>Document status</source>
        <translation>Статус документа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="179"/>
        <source>Tagged with</source>
        <translation>С темой</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="189"/>
        <source>Options for {format}</source>
        <translation>Параметры формата {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="200"/>
        <source>This format has no options.</source>
        <translation>У этого формата нет параметров.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="224"/>
        <source>Export as {format}</source>
        <translation>Экспорт в формате {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="225"/>
        <source>Folders (*)</source>
        <translation>Папки (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="273"/>
        <source>Choose where to save the export.</source>
        <translation>Укажите, куда сохранить экспорт.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="276"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="279"/>
        <source>{path} is a file; this format writes a folder.</source>
        <translation>{path} — файл, а этот формат записывает папку.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="281"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — папка; укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="283"/>
        <source>Choose at least one annotation status.</source>
        <translation>Выберите хотя бы один статус разметки.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="285"/>
        <source>Choose at least one document status.</source>
        <translation>Выберите хотя бы один статус документов.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_dialog.py" line="294"/>
        <source>{path} already exists. Press Export again to replace it.</source>
        <translation>{path} уже существует. Нажмите «Экспорт» ещё раз, чтобы заменить его.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="28"/>
        <source>Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="29"/>
        <source>English</source>
        <translation>на английском</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="30"/>
        <source>Identifiers</source>
        <translation>идентификаторы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="32"/>
        <source>Byte-order mark, so that Excel reads Cyrillic</source>
        <translation>Метка порядка байтов (BOM), чтобы Excel прочёл кириллицу</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="35"/>
        <source>Theme names</source>
        <translation>Названия тем</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="47"/>
        <source>Labels control name</source>
        <translation>Имя элемента меток (Labels)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="48"/>
        <source>Text object name</source>
        <translation>Имя текстового объекта (Text)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="60"/>
        <source>UTF-16 units: a default doccano project</source>
        <translation>Единицы UTF-16: обычный проект doccano</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="61"/>
        <source>Grapheme clusters: a doccano project with grapheme mode on</source>
        <translation>Графемы: проект doccano с включённым режимом графем</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="63"/>
        <source>Code points: Python tools</source>
        <translation>Кодовые точки: инструменты на Python</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="66"/>
        <source>Keep one span of each overlap (for projects that do not allow overlapping spans)</source>
        <translation>Оставить один фрагмент из каждого пересечения (для проектов, где пересечения запрещены)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="69"/>
        <source>doccano draws UTF-16 offsets unless the project&apos;s grapheme mode is on; it drops overlapping spans unless “Allow overlapping spans” is on.</source>
        <translation>doccano считает смещения в единицах UTF-16, если в проекте не включён режим графем, и отбрасывает пересекающиеся фрагменты, если не включено «Allow overlapping spans».</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="73"/>
        <source>Offsets</source>
        <translation>Смещения</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="20"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="27"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Найти предыдущее (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="31"/>
        <source>Find next (F3)</source>
        <translation>Найти следующее (F3)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="35"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="39"/>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="93"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="99"/>
        <source>wrapped around</source>
        <translation>поиск продолжен с начала</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="30"/>
        <source>annotator JSONL: complete (text, metadata, spans, relations, speakers, themes)</source>
        <translation>JSONL annotator: всё (текст, метаданные, фрагменты, связи, говорящие, темы)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="32"/>
        <source>annotator JSON Lines</source>
        <translation>JSON Lines annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="34"/>
        <source>CSV of quotes (one row per quote) for spreadsheets and pandas</source>
        <translation>CSV цитат (по строке на цитату) для электронных таблиц и pandas</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="35"/>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="37"/>
        <source>brat standoff folder (.txt + .ann per document, annotation.conf)</source>
        <translation>Папка brat (.txt и .ann для каждого документа, annotation.conf)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="38"/>
        <source>brat folder</source>
        <translation>Папка brat</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="40"/>
        <source>CoNLL-2003 BIO tokens (razdel) with SPEAKER and QUOTE labels</source>
        <translation>Токены CoNLL-2003 в разметке BIO (razdel) с метками говорящего и цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="41"/>
        <source>CoNLL-2003 text</source>
        <translation>Текст CoNLL-2003</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="43"/>
        <source>doccano JSONL (sequence labelling with relations)</source>
        <translation>JSONL doccano (разметка последовательностей со связями)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="44"/>
        <source>doccano JSON Lines</source>
        <translation>JSON Lines doccano</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="46"/>
        <source>Label Studio JSON tasks (labels + relations) and labelling config</source>
        <translation>Задачи Label Studio в JSON (метки и связи) и конфигурация разметки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="47"/>
        <source>Label Studio tasks</source>
        <translation>Задачи Label Studio</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="49"/>
        <source>REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, MAXQDA, NVivo</source>
        <translation>Проект REFI-QDA (.qdpx) для QualCoder, ATLAS.ti, MAXQDA, NVivo</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/format_info.py" line="50"/>
        <source>REFI-QDA project</source>
        <translation>Проект REFI-QDA</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="23"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="23"/>
        <source>Tag with “{theme}” (annotation at the cursor, else the document)</source>
        <translation>Отметить темой «{theme}» (разметку под курсором, иначе документ)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="27"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="27"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="27"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="38"/>
        <source>Single-letter keys work while the text has the focus. Select text and press Q, S or C to mark it; A or Enter accepts and R or X rejects the suggestion at the cursor. Change any key in Preferences.</source>
        <translation>Однобуквенные клавиши действуют, когда фокус в тексте. Выделите текст и нажмите Q, S или C, чтобы отметить его; A или Enter принимает, R или X отклоняет предложение под курсором. Любую клавишу можно изменить в настройках.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="58"/>
        <location filename="../../annotator/gui/import_report_dialog.py" line="133"/>
        <source>Show details ({count})</source>
        <translation>Подробности ({count})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="76"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="77"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="77"/>
        <source>Import finished with problems</source>
        <translation>Импорт завершён с ошибками</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/import_report_dialog.py" line="82"/>
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>Импортирован %n документ</numerusform>
            <numerusform>Импортировано %n документа</numerusform>
            <numerusform>Импортировано %n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="83"/>
        <source>from {done} of {total} file(s).</source>
        <translation>из файлов: {done} из {total}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/import_report_dialog.py" line="85"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n файл не удалось прочитать.</numerusform>
            <numerusform>%n файла не удалось прочитать.</numerusform>
            <numerusform>%n файлов не удалось прочитать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/import_report_dialog.py" line="87"/>
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>Пропущен %n дубликат.</numerusform>
            <numerusform>Пропущено %n дубликата.</numerusform>
            <numerusform>Пропущено %n дубликатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/import_report_dialog.py" line="89"/>
        <source>%n file(s) of other types skipped.</source>
        <translation>
            <numerusform>Пропущен %n файл другого типа.</numerusform>
            <numerusform>Пропущено %n файла других типов.</numerusform>
            <numerusform>Пропущено %n файлов других типов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="91"/>
        <source>Cancelled; the files imported before the cancel are kept.</source>
        <translation>Отменено; файлы, импортированные до отмены, сохранены.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="96"/>
        <source>failed: {reason}</source>
        <translation>ошибка: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="97"/>
        <source>duplicate skipped: {path}: {reason}</source>
        <translation>дубликат пропущен: {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="99"/>
        <source>not an article file, skipped: {path}</source>
        <translation>не файл статьи, пропущен: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/import_report_dialog.py" line="111"/>
        <source>%n file(s) in an encoding that could not be told. Import again as:</source>
        <translation>
            <numerusform>%n файл в кодировке, которую не удалось определить. Импортировать снова как:</numerusform>
            <numerusform>%n файла в кодировке, которую не удалось определить. Импортировать снова как:</numerusform>
            <numerusform>%n файлов в кодировке, которую не удалось определить. Импортировать снова как:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="118"/>
        <source>Import again</source>
        <translation>Импортировать снова</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/import_report_dialog.py" line="132"/>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../annotator/gui/legend.py" line="50"/>
        <source>Suggestions are paler with dashed lines; theme tags are bars in the left margin.</source>
        <translation>Предложения бледнее и подчёркнуты пунктиром; темы — цветные полосы на левом поле.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="96"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="97"/>
        <location filename="../../annotator/gui/span_styles.py" line="99"/>
        <location filename="../../annotator/gui/span_styles.py" line="101"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="98"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="100"/>
        <source>Cue</source>
        <translation>Маркер речи</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="102"/>
        <source>Other label</source>
        <translation>Другая метка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="103"/>
        <source>Current</source>
        <translation>Текущая</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="104"/>
        <source>Linked</source>
        <translation>Связанная</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="123"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="124"/>
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="125"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="223"/>
        <source>This project has no articles yet.

• Import files or a folder: File › Import files… (Ctrl+I) or drag them onto this window.
• Paste an article from the browser: Ctrl+V in the document list, or File › New document from clipboard.

Then: N goes to the next suggestion, A accepts it, R rejects it, Q / S mark a selection as quote / speaker, K links a quote to its speaker. F1 lists every key.</source>
        <translation>В проекте пока нет статей.

• Импортируйте файлы или папку: Файл › Импорт файлов… (Ctrl+I) или перетащите их в это окно.
• Вставьте статью из браузера: Ctrl+V в списке документов или Файл › Новый документ из буфера обмена.

Дальше: N — следующее предложение, A — принять, R — отклонить, Q / S — отметить выделение как цитату / говорящего, K — связать цитату с говорящим. F1 — все клавиши.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="229"/>
        <source>Choose a document in the list on the left.</source>
        <translation>Выберите документ в списке слева.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="306"/>
        <source>Document marked done</source>
        <translation>Документ отмечен как готовый</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="307"/>
        <source>Document back in progress</source>
        <translation>Документ снова в работе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="316"/>
        <source>%v of %m done</source>
        <translation>готово %v из %m</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="316"/>
        <source>no documents</source>
        <translation>нет документов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="317"/>
        <source>{done} of {total} documents done · {progress} in progress</source>
        <translation>Готово {done} из {total} документов · в работе {progress}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="325"/>
        <source>Wait for the running import or export to finish.</source>
        <translation>Дождитесь окончания импорта или экспорта.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="330"/>
        <source>Cannot open this project:
{error}

The current project stays open.</source>
        <translation>Не удалось открыть проект:
{error}

Текущий проект остаётся открытым.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="359"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="366"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="378"/>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="379"/>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>Статьи ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="384"/>
        <source>Import a folder of articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="411"/>
        <source>Import {format} file</source>
        <translation>Импорт файла {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="453"/>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="479"/>
        <source>Annotator: {name}</source>
        <translation>Аннотатор: {name}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../annotator/gui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="21"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="24"/>
        <source>Import &amp;annotated file</source>
        <translation>Импорт &amp;размеченного файла</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="25"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="33"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="41"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="52"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="63"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="68"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="104"/>
        <source>not available in this installation</source>
        <translation>недоступно в этой установке</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="118"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="56"/>
        <source>&amp;Review suggestions</source>
        <translation>&amp;Проверка предложений</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../annotator/gui/names.py" line="15"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="16"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="17"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="18"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="19"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="20"/>
        <source>done</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="21"/>
        <source>direct</source>
        <translation>прямая</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="22"/>
        <source>indirect</source>
        <translation>косвенная</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="23"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="24"/>
        <source>speaker</source>
        <translation>говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="25"/>
        <source>cue</source>
        <translation>маркер речи</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="26"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="27"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../annotator/gui/note_dialog.py" line="36"/>
        <source>Ctrl+Enter saves; an empty note is removed.</source>
        <translation>Ctrl+Enter сохраняет; пустая заметка удаляется.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../annotator/gui/notes.py" line="77"/>
        <source>No annotation at the cursor (Ctrl+M writes a memo on the document)</source>
        <translation>Под курсором нет аннотации (Ctrl+M — заметка к документу)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="81"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="81"/>
        <source>Comment on «{text}»:</source>
        <translation>Комментарий к «{text}»:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="89"/>
        <source>Comment saved</source>
        <translation>Комментарий сохранён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="89"/>
        <source>Comment removed</source>
        <translation>Комментарий удалён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="96"/>
        <location filename="../../annotator/gui/notes.py" line="103"/>
        <source>Document memo</source>
        <translation>Заметка к документу</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="96"/>
        <source>Memo on «{title}»:</source>
        <translation>Заметка к «{title}»:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="108"/>
        <source>Memo saved</source>
        <translation>Заметка сохранена</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/notes.py" line="108"/>
        <source>Memo removed</source>
        <translation>Заметка удалена</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="35"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="41"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="45"/>
        <source>Snap new annotations to word boundaries</source>
        <translation>Выравнивать новую разметку по границам слов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="47"/>
        <source>Suggest quotes, speakers and themes when importing</source>
        <translation>Предлагать цитаты, говорящих и темы при импорте</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="50"/>
        <source>Annotator name</source>
        <translation>Имя аннотатора</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="51"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="52"/>
        <source>A new language applies when annotator is restarted.</source>
        <translation>Новый язык применяется после перезапуска annotator.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="58"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="58"/>
        <source>Shortcut</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="69"/>
        <source>Restore default shortcuts</source>
        <translation>Вернуть стандартные клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="76"/>
        <source>Keyboard shortcuts:</source>
        <translation>Клавиши:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="116"/>
        <source>{key}: “{first}” and “{second}”</source>
        <translation>{key}: «{first}» и «{second}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="124"/>
        <source>Shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="125"/>
        <source>Some keys are used twice; give each command its own key:
</source>
        <translation>Некоторые клавиши назначены дважды; у каждой команды должна быть своя клавиша:
</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="100"/>
        <source>Common window managers (GNOME, Xfce, Cinnamon, Openbox, KDE) keep these keys for themselves, so they may never reach annotator: {keys}</source>
        <translation>Распространённые оконные менеджеры (GNOME, Xfce, Cinnamon, Openbox, KDE) забирают эти клавиши себе, и до annotator они могут не дойти: {keys}</translation>
    </message>
</context>
<context>
    <name>ProjectOperations</name>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="58"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="68"/>
        <source>Importing {format}</source>
        <translation>Импорт {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="81"/>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="83"/>
        <source>Exporting {format}</source>
        <translation>Экспорт {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="133"/>
        <source>Another operation is still running.</source>
        <translation>Другая операция ещё выполняется.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="136"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="88"/>
        <source>document {id}</source>
        <translation>документ {id}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="101"/>
        <source>{count} new suggestion(s) in {total} document(s); decided annotations kept.</source>
        <translation>Новых предложений: {count} в документах: {total}; принятые и отклонённые аннотации сохранены.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="104"/>
        <source>Cancelled: documents not reached keep their old suggestions.</source>
        <translation>Отменено: необработанные документы сохраняют прежние предложения.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="106"/>
        <source>Analysis finished</source>
        <translation>Анализ завершён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="108"/>
        <source>Analysing the project</source>
        <translation>Анализ проекта</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="112"/>
        <source>{count} row(s) from {documents} document(s) written to {path}</source>
        <translation>Записано в {path}: строк — {count}, из документов: {documents}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="114"/>
        <source>{documents} document(s) written to {path}: {spans} span(s), {relations} relation(s), {tags} theme tag(s)</source>
        <translation>Документов записано в {path}: {documents}; фрагментов: {spans}, связей: {relations}, тем: {tags}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="119"/>
        <source>{spans} overlapping span(s) in {documents} document(s): one span of each overlap was kept</source>
        <translation>Пересекающихся фрагментов: {spans} в документах: {documents}; из каждого пересечения оставлен один фрагмент</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="123"/>
        <source>{spans} overlapping span(s) in {documents} document(s): a doccano project drops them unless “Allow overlapping spans” is on; turn it on, or export again keeping one span of each overlap.</source>
        <translation>Пересекающихся фрагментов: {spans} в документах: {documents}. Проект doccano отбрасывает их, если не включено «Allow overlapping spans»: включите этот параметр или экспортируйте заново, оставив один фрагмент из каждого пересечения.</translation>
    </message>
</context>
<context>
    <name>Reanalysis</name>
    <message>
        <location filename="../../annotator/gui/reanalysis.py" line="66"/>
        <source>The analysis is not installed in this copy of annotator.</source>
        <translation>В этой установке annotator нет модуля анализа.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reanalysis.py" line="73"/>
        <source>Re-analyse document</source>
        <translation>Повторный анализ документа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reanalysis.py" line="78"/>
        <source>Analysed again: {count} new suggestion(s); your decisions are kept (Ctrl+Z undoes)</source>
        <translation>Проанализировано заново: новых предложений — {count}; ваши решения сохранены (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reanalysis.py" line="84"/>
        <source>Re-analyse the project</source>
        <translation>Повторный анализ проекта</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reanalysis.py" line="85"/>
        <source>Run the analysis again on all {count} document(s)?

Suggestions nobody has decided yet are replaced by new ones; accepted, rejected and hand-made annotations are kept. This cannot be undone, and the undo history is cleared.</source>
        <translation>Заново проанализировать все документы ({count})?

Предложения, по которым ещё нет решения, заменятся новыми; принятые, отклонённые и созданные вручную аннотации сохранятся. Это нельзя отменить, история отмены будет очищена.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/reanalysis.py" line="92"/>
        <source>Re-analyse</source>
        <translation>Анализировать заново</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <location filename="../../annotator/gui/review_mode.py" line="49"/>
        <source>Reviewing all suggestions</source>
        <translation>Проверка: все предложения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review_mode.py" line="50"/>
        <source>Reviewing only quotes</source>
        <translation>Проверка: только цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review_mode.py" line="51"/>
        <source>Reviewing only speakers</source>
        <translation>Проверка: только говорящие</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/review_mode.py" line="52"/>
        <source>Reviewing only themes</source>
        <translation>Проверка: только темы</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="35"/>
        <source>Search all documents (any word form), Enter</source>
        <translation>Поиск по всем документам (любая форма слова), Enter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="74"/>
        <source>{count} document(s) found</source>
        <translation>Найдено документов: {count}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="34"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="35"/>
        <source>Navigate</source>
        <translation>Переход</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="36"/>
        <source>Annotate</source>
        <translation>Разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="37"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="38"/>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="41"/>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="42"/>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="43"/>
        <source>Import files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="44"/>
        <source>Import folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="49"/>
        <source>Preferences…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="50"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="51"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="52"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="53"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="54"/>
        <source>Find next</source>
        <translation>Найти следующее</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="55"/>
        <source>Find previous</source>
        <translation>Найти предыдущее</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="56"/>
        <source>Search the corpus</source>
        <translation>Поиск по корпусу</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="57"/>
        <source>Edit theme taxonomy…</source>
        <translation>Редактировать таксономию тем…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="58"/>
        <source>Next document</source>
        <translation>Следующий документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="59"/>
        <source>Previous document</source>
        <translation>Предыдущий документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="60"/>
        <source>Next annotation</source>
        <translation>Следующая разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="61"/>
        <source>Previous annotation</source>
        <translation>Предыдущая разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="62"/>
        <source>Next suggestion</source>
        <translation>Следующее предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="63"/>
        <source>Previous suggestion</source>
        <translation>Предыдущее предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="69"/>
        <source>Go to the document list</source>
        <translation>Перейти к списку документов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="70"/>
        <source>Go to the text</source>
        <translation>Перейти к тексту</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="71"/>
        <source>Mark selection as quote</source>
        <translation>Отметить выделение как цитату</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="72"/>
        <source>Mark selection as speaker</source>
        <translation>Отметить выделение как говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="73"/>
        <source>Mark selection as speech cue</source>
        <translation>Отметить выделение как маркер речи</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="74"/>
        <source>Mark selection with a label…</source>
        <translation>Отметить выделение меткой…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="75"/>
        <source>Accept suggestion</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="76"/>
        <source>Reject suggestion</source>
        <translation>Отклонить предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="77"/>
        <source>Accept all suggestions in the document</source>
        <translation>Принять все предложения в документе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="78"/>
        <source>Delete annotation</source>
        <translation>Удалить разметку</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="81"/>
        <source>Extend the end by a word</source>
        <translation>Расширить конец на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="83"/>
        <source>Shrink the end by a word</source>
        <translation>Сократить конец на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="85"/>
        <source>Extend the start by a word</source>
        <translation>Расширить начало на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="87"/>
        <source>Shrink the start by a word</source>
        <translation>Сократить начало на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="89"/>
        <source>Link quote to a speaker…</source>
        <translation>Связать цитату с говорящим…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="90"/>
        <source>Link quote by clicking its speaker</source>
        <translation>Связать цитату щелчком по говорящему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="91"/>
        <source>Quote kind: direct</source>
        <translation>Тип цитаты: прямая</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="92"/>
        <source>Quote kind: indirect</source>
        <translation>Тип цитаты: косвенная</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="98"/>
        <source>Mark document done / not done</source>
        <translation>Документ готов / не готов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="99"/>
        <source>Show rejected suggestions</source>
        <translation>Показывать отклонённые предложения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="100"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="45"/>
        <source>New document from clipboard…</source>
        <translation>Новый документ из буфера обмена…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="47"/>
        <source>Document properties…</source>
        <translation>Свойства документа…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="48"/>
        <source>Delete document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="64"/>
        <source>Review the next kind of suggestion</source>
        <translation>Проверять следующий вид предложений</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="65"/>
        <source>Review all suggestions</source>
        <translation>Проверять все предложения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="66"/>
        <source>Review only quotes</source>
        <translation>Проверять только цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="67"/>
        <source>Review only speakers</source>
        <translation>Проверять только говорящих</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="68"/>
        <source>Review only themes</source>
        <translation>Проверять только темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="93"/>
        <source>Comment on the annotation…</source>
        <translation>Комментарий к аннотации…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="94"/>
        <source>Memo on the document…</source>
        <translation>Заметка к документу…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="95"/>
        <source>Re-analyse this document</source>
        <translation>Проанализировать документ заново</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="96"/>
        <source>Re-analyse the whole project…</source>
        <translation>Проанализировать весь проект заново…</translation>
    </message>
</context>
<context>
    <name>SpeakerChooser</name>
    <message>
        <location filename="../../annotator/gui/speaker_chooser.py" line="36"/>
        <source>Type to filter; ↑↓ to move; Enter to choose; Esc to leave</source>
        <translation>Наберите для поиска; ↑↓ — выбор; Enter — назначить; Esc — оставить как есть</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_chooser.py" line="65"/>
        <source>New speaker: «{name}»</source>
        <translation>Новый говорящий: «{name}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_chooser.py" line="68"/>
        <source>{name} (from other articles)</source>
        <translation>{name} (из других статей)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_chooser.py" line="74"/>
        <source>{name} (no speaker assigned) · {count} mention(s) here</source>
        <translation>{name} (говорящий не назначен) · упоминаний здесь: {count}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_chooser.py" line="76"/>
        <source>{name} · {count} mention(s) here</source>
        <translation>{name} · упоминаний здесь: {count}</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="51"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="51"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="51"/>
        <source>Project</source>
        <translation>В проекте</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="59"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="60"/>
        <source>Add alias…</source>
        <translation>Вариант имени…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="61"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="62"/>
        <source>Set speaker…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="63"/>
        <source>Point the selected mention at a speaker (new or existing)</source>
        <translation>Связать выбранное упоминание с говорящим (новым или существующим)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="99"/>
        <source>(no speaker assigned)</source>
        <translation>(говорящий не назначен)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="127"/>
        <source>Aliases: {aliases}</source>
        <translation>Варианты имени: {aliases}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="129"/>
        <source>Roles: {roles}</source>
        <translation>Должности: {roles}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="189"/>
        <source>Rename speaker</source>
        <translation>Переименовать говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="189"/>
        <source>Name in the nominative (shared by the whole project):</source>
        <translation>Имя в именительном падеже (общее для всего проекта):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="196"/>
        <source>Add alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="196"/>
        <source>Another name or title of this speaker:</source>
        <translation>Другое имя или должность этого говорящего:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="206"/>
        <source>There is no other speaker to merge with</source>
        <translation>Нет другого говорящего для объединения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="214"/>
        <source>Merge speakers</source>
        <translation>Объединить говорящих</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="215"/>
        <source>Merge this speaker into (its name becomes an alias):</source>
        <translation>Объединить этого говорящего с (его имя станет вариантом имени):</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="41"/>
        <location filename="../../annotator/gui/statistics_view.py" line="42"/>
        <source>Quotes per speaker</source>
        <translation>Цитаты по спикерам</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="42"/>
        <location filename="../../annotator/gui/statistics_view.py" line="44"/>
        <location filename="../../annotator/gui/statistics_view.py" line="46"/>
        <source>quotes</source>
        <translation>цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="43"/>
        <location filename="../../annotator/gui/statistics_view.py" line="44"/>
        <source>Quotes per theme</source>
        <translation>Цитаты по темам</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="45"/>
        <source>Speakers × themes</source>
        <translation>Спикеры × темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="46"/>
        <source>Speakers × themes (quotes)</source>
        <translation>Спикеры × темы (цитаты)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="47"/>
        <source>Agreement per label</source>
        <translation>Согласие по меткам</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="48"/>
        <source>Agreement per label (pairwise F1)</source>
        <translation>Согласие по меткам (попарная F1)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="49"/>
        <source>Agreement per annotator pair</source>
        <translation>Согласие по парам разметчиков</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="50"/>
        <source>Span F1 (exact) per annotator pair</source>
        <translation>F1 фрагментов (точная) по парам разметчиков</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="54"/>
        <source>Statistics — {name}</source>
        <translation>Статистика — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="60"/>
        <source>Save PNG…</source>
        <translation>Сохранить PNG…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="61"/>
        <source>Save SVG…</source>
        <translation>Сохранить SVG…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="81"/>
        <source>Quotes counted on the {layer} layer; {count} annotator(s).</source>
        <translation>Цитаты посчитаны по слою «{layer}»; разметчиков: {count}.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="79"/>
        <source>gold</source>
        <translation>эталон</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="79"/>
        <source>accepted</source>
        <translation>принятые</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="108"/>
        <source>Save the plot</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/statistics_view.py" line="80"/>
        <source>gold where adjudicated, else accepted</source>
        <translation>эталон, где согласовано, иначе принятые</translation>
    </message>
</context>
<context>
    <name>StatusFeedback</name>
    <message>
        <location filename="../../annotator/gui/status_feedback.py" line="59"/>
        <source>Memo: {text}</source>
        <translation>Заметка: {text}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/status_feedback.py" line="70"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/status_feedback.py" line="77"/>
        <source>Undone: {edit}</source>
        <translation>Отменено: {edit}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/status_feedback.py" line="81"/>
        <source>Nothing to redo</source>
        <translation>Нечего повторять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/status_feedback.py" line="88"/>
        <source>Redone: {edit}</source>
        <translation>Повторено: {edit}</translation>
    </message>
</context>
<context>
    <name>TaxonomyEditor</name>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="69"/>
        <source>Theme taxonomy</source>
        <translation>Таксономия тем</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="73"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="73"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="73"/>
        <source>Used</source>
        <translation>Исп.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="76"/>
        <source>Add theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="77"/>
        <source>Add sub-theme</source>
        <translation>Добавить подтему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="78"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="88"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="94"/>
        <source>lemmas, separated by commas</source>
        <translation>леммы через запятую</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="95"/>
        <source>Shipped keywords</source>
        <translation>Ключевые слова из поставки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="116"/>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="117"/>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="118"/>
        <source>Parent</source>
        <translation>Родительская тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="119"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="120"/>
        <source>Shortcut</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="121"/>
        <source>Guideline (Russian)</source>
        <translation>Инструкция (рус.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="122"/>
        <source>Guideline (English)</source>
        <translation>Инструкция (англ.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="123"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="139"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="207"/>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="228"/>
        <source>Replace the keywords with the ones this version of annotator ships:
{keywords}</source>
        <translation>Заменить ключевые слова теми, что поставляются с этой версией annotator:
{keywords}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="230"/>
        <source>A theme added in this project has no shipped keywords</source>
        <translation>У темы, добавленной в этом проекте, нет поставляемых ключевых слов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="278"/>
        <source>A colour is written #RRGGBB, e.g. #0072B2</source>
        <translation>Цвет записывается как #RRGGBB, например #0072B2</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="306"/>
        <source>New theme {number}</source>
        <translation>Новая тема {number}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="332"/>
        <source>Delete theme</source>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="333"/>
        <source>“{name}” tags {count} annotation(s) or document(s). Deleting it removes those tags; its sub-themes move up one level. You can undo this.</source>
        <translation>Темой «{name}» отмечено фрагментов или документов: {count}. Удаление темы снимет эти отметки, а её подтемы поднимутся на уровень выше. Это действие можно отменить.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="338"/>
        <source>Delete theme and its tags</source>
        <translation>Удалить тему и её отметки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="101"/>
        <source>Changes are saved as you type; Ctrl+Z undoes them.</source>
        <translation>Изменения сохраняются по мере ввода; Ctrl+Z отменяет их.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="281"/>
        <source>A theme needs a Russian name</source>
        <translation>Теме нужно русское название</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="20"/>
        <source>&amp;Merge projects…</source>
        <translation>&amp;Объединить проекты…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="21"/>
        <source>&amp;Adjudicate…</source>
        <translation>&amp;Согласование…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="22"/>
        <source>&amp;Statistics…</source>
        <translation>С&amp;татистика…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="29"/>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="56"/>
        <source>Projects to merge</source>
        <translation>Проекты для объединения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="62"/>
        <source>Team project to write</source>
        <translation>Общий проект команды</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="75"/>
        <source>The merge failed:
{error}</source>
        <translation>Объединение не удалось:
{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/team_menu.py" line="83"/>
        <source>Merge finished</source>
        <translation>Объединение завершено</translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="86"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="86"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="96"/>
        <source>Tag annotation</source>
        <translation>Отметить фрагмент</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="97"/>
        <source>Tag the annotation at the cursor with this theme</source>
        <translation>Отметить этой темой разметку под курсором</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="98"/>
        <source>Tag document</source>
        <translation>Отметить документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="99"/>
        <source>Edit taxonomy…</source>
        <translation>Таксономия…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="105"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="106"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="107"/>
        <source>Remove</source>
        <translation>Снять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="124"/>
        <source>Themes of this document (suggested ones in italics):</source>
        <translation>Темы документа (предложенные — курсивом):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="240"/>
        <source>{name}: {count} annotation(s)</source>
        <translation>{name}: фрагментов — {count}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="204"/>
        <source>Theme «{name}» removed from the document</source>
        <translation>Тема «{name}» снята с документа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="205"/>
        <source>Theme «{name}» added to the document</source>
        <translation>Тема «{name}» добавлена к документу</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="207"/>
        <source>Theme «{name}» removed from the annotation</source>
        <translation>Тема «{name}» снята с аннотации</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="208"/>
        <source>Theme «{name}» added to the annotation</source>
        <translation>Тема «{name}» добавлена к аннотации</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="254"/>
        <source>Theme «{name}» accepted</source>
        <translation>Тема «{name}» принята</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="255"/>
        <source>Theme «{name}» rejected</source>
        <translation>Тема «{name}» отклонена</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="42"/>
        <location filename="../../annotator/gui/welcome_dialog.py" line="48"/>
        <source>Welcome to annotator</source>
        <translation>Добро пожаловать в annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="55"/>
        <source>This project starts with {count} sample articles: interviews, briefings, news items and a joint statement on Russian foreign policy, written for practice (they are not real publications). Quotes, speakers and themes are already suggested, drawn dashed: accept or correct them.</source>
        <translation>В этом проекте статей-примеров: {count}. Это интервью, брифинги, новости и совместное заявление о внешней политике России, написанные для упражнений (это не настоящие публикации). Цитаты, говорящие и темы уже предложены и обведены пунктиром: примите или исправьте их.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="61"/>
        <source>Five keys do most of the work (in the text):</source>
        <translation>Почти всю работу делают пять клавиш (в тексте):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="63"/>
        <source>Every edit is saved at once, in this project file:</source>
        <translation>Каждая правка сразу сохраняется в файле проекта:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="68"/>
        <source>Import your own articles from the File menu; F1 lists every shortcut.</source>
        <translation>Свои статьи импортируйте через меню «Файл»; F1 покажет все сочетания клавиш.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="71"/>
        <source>Don&apos;t show this again</source>
        <translation>Больше не показывать</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="74"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="81"/>
        <source>go to the next suggestion</source>
        <translation>перейти к следующему предложению</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="82"/>
        <source>accept it</source>
        <translation>принять его</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="83"/>
        <source>reject it</source>
        <translation>отклонить его</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="84"/>
        <source>mark the selection as a quote / as a speaker</source>
        <translation>отметить выделенное как цитату / как говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/welcome_dialog.py" line="85"/>
        <source>link the quote to its speaker</source>
        <translation>связать цитату с говорящим</translation>
    </message>
</context>
</TS>
