; When two invokes of foreign functions share their normal destination, each edge is split so each restore of the entry value (loaded once, in the entry block) runs only after its own call; the shared landing pad restores it too; the result verifies. (Declared functions stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
; RUN: %opt -load=%pass_plugin -load-pass-plugin=%pass_plugin -razortrace-entries=false -passes=razortrace -S %s -o %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: %opt -passes=verify -disable-output %t.ll

declare void @first()
declare void @second()
declare i32 @__gxx_personality_v0(...)

define void @both(i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %a, label %b
a:
  invoke void @first() to label %done unwind label %lpad
b:
  invoke void @second() to label %done unwind label %lpad
done:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}

; CHECK: @[[FIRST:razor.call[.0-9]*]] = private constant {{.*}}, section "razor_sites"
; CHECK: @[[SECOND:razor.call[.0-9]*]] = private constant {{.*}}, section "razor_sites"
; CHECK-LABEL: define void @both(
; CHECK-NEXT:  entry:
; CHECK-NEXT:    %razor.slot = bitcast ptr @__razor_callsite to ptr
; CHECK-NEXT:    %razor.entry = load ptr, ptr %razor.slot
; CHECK-NEXT:    br i1 %c, label %a, label %b
; CHECK:       a:
; CHECK-NEXT:    store ptr @[[FIRST]], ptr %razor.slot
; CHECK-NEXT:    invoke void @first()
; CHECK-NEXT:            to label %[[SPLIT1:[^ ]+]] unwind label %lpad
; CHECK:       [[SPLIT1]]:
; CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
; CHECK-NEXT:    br label %done
; CHECK:       b:
; CHECK-NEXT:    store ptr @[[SECOND]], ptr %razor.slot
; CHECK-NEXT:    invoke void @second()
; CHECK-NEXT:            to label %[[SPLIT2:[^ ]+]] unwind label %lpad
; CHECK:       [[SPLIT2]]:
; CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
; CHECK-NEXT:    br label %done
; The shared destination itself restores nothing.
; CHECK:       done:
; CHECK-NEXT:    ret void
; The landing pad both invokes share restores the entry value once, right after the landingpad.
; CHECK:       lpad:
; CHECK-NEXT:    %lp = landingpad { ptr, i32 }
; CHECK-NEXT:            cleanup
; CHECK-NEXT:    store ptr %razor.entry, ptr %razor.slot
; CHECK-NEXT:    resume { ptr, i32 } %lp
