"""The explain stage: answer types (`answer`), reasons from catalog facts (`reasons`), every sentence template
(`phrases`), text and JSON rendering (`text`, `json_form`), the independent claim checker (`claims`) and
comparison charts (`chart`, `chart_draw`, `fonts`)."""
